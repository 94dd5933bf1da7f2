"""Lines for a document whose head was flattened into one long paragraph (a web page's text,
a PDF copied without its line breaks): «УТВЕРЖДЕНО приказом от 31.08.2021 № 127-а Директор …
ПОЛОЖЕНИЕ О наставничестве в БМАОУ СОШ № 23 1. Общие положения 1.1. Настоящее …». The title
block is read line by line (the kind from the heading line, the stamps from theirs), so such a
paragraph is cut where a stamp, a kind's heading or the first clause begins. Only the metadata
readers see these lines; claims keep the paragraphs as printed."""
from __future__ import annotations

import re
from dataclasses import replace

from .model import Document, Paragraph

STAMP = r"«?(?:УТВЕРЖДЕН[ОАЫ]?|УТВЕРЖДАЮ|ПРИНЯТ[ОАЫ]?|СОГЛАСОВАН[ОАЫ]?|РАССМОТРЕН[ОАЫ]?|Утвержден[оаы]?|Утверждаю|" \
        r"Принят[оаы]?|Согласован[оаы]?|Рассмотрен[оаы]?)»?(?=[\s:,]|$)"
HEADING = r"(?:ПОЛОЖЕНИЕ|ПРИКАЗ|ПРОГРАММА|ДОРОЖНАЯ\s+КАРТА|ПОСТАНОВЛЕНИЕ|РАСПОРЯЖЕНИЕ|СПРАВКА|ПРОТОКОЛ|ПЛАН)\b|" \
          r"(?:Положение|Программа|Дорожная\s+карта|Приказ|Постановление|Распоряжение|План)\s+(?:о|об|по|на|№|наставничества)\b"
CLAUSE = r"(?:1|I)\.\s+Общ"
# an act's word in a line of capitals, however OCR cased it: «… г. ЩАЛЪНЕГОРСКА прикАз 12 января 2022 г.»
CAPS_ACT = r"(?<=[А-ЯЁ]{2}\s)(?i:приказ|распоряжение|постановление)(?=\s+(?:\d|№|от\b))"
# where a heading's line ends in a flattened text: a sentence or a named part after it
HEADING_END = re.compile(r"(?<=[.:])\s+(?=[А-ЯЁ\d])|\s(?=Составител|Пояснительн|Паспорт\b|Введение\b)")
# the names of a heading's chain of bodies: «Министерство … области Муниципальный отдел управления
# образования … Муниципальное казенное общеобразовательное учреждение «Ювинская СОШ»»
ORG = r"(?<=[а-яё»)]\s)(?:(?:Муниципальн|Государственн)\w+\s+(?:бюджетн|казенн|казённ|автономн|общеобразовательн|" \
      r"дошкольн|образовательн|учреждени|отдел|орган)|(?:Министерство|Управление|Департамент|Комитет|Администрация)\b)"
CUT = re.compile(rf"(?<![\w«\"(-])(?={STAMP}|{HEADING}|{CLAUSE}|{CAPS_ACT}|{ORG})")
# a kind's word said of this document inside a sentence is no heading: «Настоящее Положение о …»
INSIDE = re.compile(r"(?:настоящ\w*|данн\w*|указанн\w*|далее\s*[-–—]?|в|во|с|к|по|на|о|об|и|к\s+настоящему)\s*$", re.I)
LONG = 200  # a paragraph shorter than this is a line already
HEAD = 3000  # only the head of a long paragraph holds the title block


def relined(doc: Document, n_paragraphs: int = 15) -> Document:
    paras = doc.paragraphs
    if not any(len(p.text) > LONG for p in paras[:n_paragraphs]):
        return doc
    blocks = []
    for k, b in enumerate(doc.blocks):
        if isinstance(b, Paragraph) and len(b.text) > LONG and b in paras[:n_paragraphs]:
            blocks += [Paragraph(text=t, line=b.line, page=b.page) for t in split_head(b.text)]
        else:
            blocks.append(b)
        del k
    return replace(doc, blocks=blocks)


def split_head(text: str) -> list[str]:
    head, rest = text[:HEAD], text[HEAD:]
    cuts = [0]
    for m in CUT.finditer(head):
        if m.start() - cuts[-1] < 3 or INSIDE.search(head[max(0, m.start() - 25): m.start()]):
            continue
        cuts.append(m.start())
    pieces = []
    for a, b in zip(cuts, cuts[1:] + [len(head)], strict=True):
        piece = head[a:b].strip()
        end = HEADING_END.search(piece, 20) if re.match(HEADING, piece) and len(piece) > 300 else None
        pieces += [piece[: end.start()], piece[end.start():].strip()] if end else [piece]
    if rest:
        pieces[-1] += rest
    return [p for p in pieces if p]

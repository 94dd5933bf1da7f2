"""Tables by territory: «г. Гудермес | Сельские поселения | Всего по району» beside the table of
organizations. Each territory row restates the organizations of that territory — a town's row
those whose name carries the town, the rural row the rest, the total row all of them — so its
numbers are recomputed from the table of organizations (a share as the ratio of the sums)."""
from __future__ import annotations

import re

from normalizers.municipalities import find_municipalities
from normalizers.numbers import parse_number
from normalizers.text import collapse, fold

from .facts import TOTAL_LABEL, TableRead

RURAL = re.compile(r"^(?:сельск\w+|сел[аоь]\b|сёла|сельская\s+местность)", re.I)


def _territory(label: str) -> tuple[str, str] | None:
    """('town', stem) | ('rural', '') | ('total', '') for a territory row's label; None otherwise."""
    f = fold(label)
    if TOTAL_LABEL.match(f):
        return "total", ""
    if RURAL.match(label.strip()):
        return "rural", ""
    found = find_municipalities(label)
    if len(found) == 1 and found[0].kind == "city" and len(label.split()) <= 4:
        return "town", fold(found[0].name.split()[-1])[:5]
    return None


def territory_checks(reads: list[TableRead], facts, orgs, check_cls) -> list:
    from .checks import _indicator_sum, _r, agrees, fmt, share_columns

    org_facts = [f for r in reads if r.about_orgs for f in r.facts if f.org_name in orgs.key]
    if not org_facts:
        return []
    out = []
    for r in reads:
        if r.about_orgs or r.facts:
            continue
        t, layout = r.layout.table, r.layout
        label_col = next((c.index for c in layout.columns if c.role in ("text", "org", "form")), 0)
        rows = []
        for row in range(layout.header_rows, t.n_rows):
            label = collapse(t.value(row, label_col))
            if not label:
                continue
            kind = _territory(label)
            if kind is None:
                rows = []
                break  # a row that is no territory: not a table by territory
            rows.append((row, label, kind))
        towns = [k[1] for _, _, k in rows if k[0] == "town"]
        if not towns or len(rows) < 2 or not any(k[0] in ("rural", "total") for _, _, k in rows):
            continue
        for row, label, (kind, stem) in rows:
            if kind == "town":
                members = {orgs.key[f.org_name] for f in org_facts if stem in fold(f.org_name)}
            elif kind == "rural":
                members = {orgs.key[f.org_name] for f in org_facts if not any(s in fold(f.org_name) for s in towns)}
            else:
                members = {orgs.key[f.org_name] for f in org_facts}
            if not members:
                continue

            theirs = [f for f in org_facts if orgs.key[f.org_name] in members]

            def total(code: str, theirs=theirs) -> float | None:
                return _indicator_sum(theirs, code)

            for col in layout.columns:
                if col.role != "indicator" or col.indicator is None or not (col.reading and col.reading.understood):
                    continue
                p = parse_number(t.text(row, col.index))
                if p is None or p.value is None:
                    continue
                code = col.indicator.code
                where = f"table {t.index}, row {row + 1}"
                if col.indicator.unit == "percent":
                    pair = share_columns(code)
                    if not pair:
                        continue
                    num = next((v for v in (total(n) for n in pair[0].split("|")) if v is not None), None)
                    den = total(pair[1])
                    if num is None or not den:
                        continue
                    got = num / den * 100
                    ok = agrees(p.value, got, 1 if "," in t.text(row, col.index) or "." in t.text(row, col.index) else 0)
                    out.append(check_cls("share", code, f"таблица {t.index}, {label}", fmt(p.value), _r(got, 1),
                                         "ok" if ok else "mismatch",
                                         f"Доля «{label}» {fmt(p.value)}% {'совпадает с' if ok else 'не совпадает с'} "
                                         f"пересчитанной по таблице организаций ({len(members)} ОО): "
                                         f"{fmt(num)} / {fmt(den)} = {_r(got, 1)}%", where))
                    continue
                got = total(code)
                if got is None:
                    continue
                ok = abs(got - p.value) < 1e-9
                out.append(check_cls("cross_table", code, f"таблица {t.index}, {label}", fmt(p.value), _r(got),
                                     "ok" if ok else "mismatch",
                                     f"«{label}» в таблице {t.index} ({fmt(p.value)}) "
                                     f"{'совпадает с' if ok else 'не совпадает с'} суммой по {len(members)} ОО "
                                     f"этой территории в таблице организаций ({_r(got)})", where))
    return out

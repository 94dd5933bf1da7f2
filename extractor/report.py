"""report.html: one self-contained page (styles and charts inline, nothing loaded from the
network): a summary, per document its mismatches first with the stated and computed numbers
and the quoted source, per municipality organizations × indicators over time, charts of
shares against their targets, and the organization matches to review."""
from __future__ import annotations

import json
import os
import re
import tempfile
from collections import defaultdict
from pathlib import Path

from jinja2 import Environment
from markupsafe import escape

from normalizers.numbers import fmt

from .export import publish
from .settings import DEFAULT
from .store import Store

TEMPLATE = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>spravki — отчёт</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d232a;background:#f6f7f9}
header{background:#23395b;color:#fff;padding:18px 28px}header h1{margin:0;font-size:22px}
main{padding:18px 28px;max-width:1300px}
section{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:14px 18px;margin:14px 0}
h2{font-size:18px;margin:4px 0 10px}h3{font-size:15px;margin:12px 0 6px}
.cards{display:flex;gap:12px;flex-wrap:wrap}.card{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:10px 16px;min-width:130px}
.card b{display:block;font-size:24px}.mismatch b{color:#b3261e}
table{border-collapse:collapse;width:100%;font-size:13px}
.checks{table-layout:fixed}.checks col.st{width:105px}.checks col.k{width:95px}.checks col.n{width:150px}.checks col.loc{width:110px}
td{overflow-wrap:anywhere}th,td{border-bottom:1px solid #e5e8ec;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f0f2f5;position:sticky;top:0}td.num{text-align:right;font-variant-numeric:tabular-nums}
tr.mismatch td{background:#fdecea}tr.unverifiable td{color:#6b7280}
.status{font-weight:600}.status.mismatch{color:#b3261e}.status.ok{color:#1e7b34}
blockquote{margin:2px 0;padding:2px 8px;border-left:3px solid #c7ccd3;color:#4b5563;font-size:12px}
.failed{color:#b3261e}.muted{color:#6b7280}details summary{cursor:pointer;color:#23395b}
.scroll{overflow-x:auto;max-height:640px;overflow-y:auto}svg{max-width:100%;height:auto}
</style></head><body>
<header><h1>spravki — проверка отчётов о наставничестве</h1></header>
<main>
<section id="summary"><h2>Сводка</h2><div class="cards">
<div class="card"><b>{{ n_docs }}</b>документов{% if n_failed %} <span class="failed">({{ n_failed }} не прочитаны)</span>{% endif %}</div>
<div class="card"><b>{{ n_orgs }}</b>организаций</div><div class="card"><b>{{ n_facts }}</b>фактов</div>
{% for status, n in by_status %}<div class="card {{ status }}"><b>{{ n }}</b>{{ status_ru[status] }}</div>{% endfor %}
</div></section>

<section id="documents"><h2>Документы и проверки</h2>
{% for d in docs %}<div class="doc" data-source="{{ d.source }}">
<h3>{{ d.source }} <span class="muted">— {{ d.kind }}{% if d.municipality %}, {{ d.municipality }}{% endif %}{% if d.as_of %}, на {{ d.as_of }}{% endif %}{% if d.doc_date %}, от {{ d.doc_date }} № {{ d.doc_number }}{% endif %}</span></h3>
{% if d.status != 'ok' %}<p class="failed">Не прочитан: {{ d.error }}</p>{% endif %}
{% if d.checks or d.n_ok %}<table class="checks"><colgroup><col class="st"><col class="k"><col class="n"><col class="n"><col><col class="loc"></colgroup><tr><th>статус</th><th>проверка</th><th>заявлено</th><th>пересчитано</th><th>сообщение и источник</th><th>где</th></tr>
{% for c in d.checks if c.status != 'ok' %}<tr class="{{ c.status }}"><td class="status {{ c.status }}">{{ status_ru1[c.status] }}</td><td>{{ c.check }}</td><td class="num">{{ c.stated }}</td><td class="num">{{ c.computed }}</td>
<td class="message">{{ c.message }}{% if c.quote %}<blockquote>{{ c.quote[:300] }}</blockquote>{% endif %}</td><td>{{ c.location }}</td></tr>{% endfor %}
</table>
{% set oks = d.checks|selectattr('status','equalto','ok')|list %}{% if oks and not compact %}<details><summary>совпали: {{ oks|length }}</summary><table class="checks"><colgroup><col class="k"><col class="n"><col class="n"><col><col class="loc"></colgroup>
{% for c in oks %}<tr><td>{{ c.check }}</td><td class="num">{{ c.stated }}</td><td class="num">{{ c.computed }}</td><td>{{ c.message }}</td><td>{{ c.location }}</td></tr>{% endfor %}
</table></details>{% elif d.n_ok %}<p class="muted">совпали: {{ d.n_ok }}</p>{% endif %}{% elif d.status == 'ok' %}<p class="muted">Проверяемых утверждений нет.</p>{% endif %}
</div>{% endfor %}
</section>

<section id="municipalities"><h2>Муниципалитеты: организации и показатели</h2>
{% for m in munis %}<h3>{{ m.name or 'муниципалитет не определён' }}</h3>
{% for chart in m.charts %}<figure>{{ chart|safe }}</figure>{% endfor %}
<div class="scroll"><table><tr><th>организация</th>{% for col in m.columns %}<th>{{ col[0] }}<br><span class="muted">{{ col[1] or '—' }}</span></th>{% endfor %}</tr>
{% for org in m.orgs %}<tr><td>{{ org.name }}<br><span class="muted">{{ org.id }}</span></td>{% for col in m.columns %}<td class="num">{{ org.cells.get(col, '') }}</td>{% endfor %}</tr>{% endfor %}
</table></div>{% endfor %}
</section>

<section id="review"><h2>Сопоставления организаций для проверки</h2>
{% if review %}<table><tr><th>org_id</th><th>название</th><th>уверенность</th><th>написания</th></tr>
{% for o in review %}<tr><td>{{ o.org_id }}</td><td>{{ o.canonical_name }}</td><td class="num">{{ o.score }}</td><td>{{ o.aliases|join('; ') }}</td></tr>{% endfor %}</table>
<p class="muted">Исправить сопоставление: строка в corpora/aliases.csv (municipality, alias, org_id).</p>
{% else %}<p class="muted">Все сопоставления уверенные (не ниже {{ threshold }}).</p>{% endif %}
</section>

<section id="columns"><h2>Непонятые столбцы</h2>
{% if unknown %}<div class="scroll"><table><tr><th>файл</th><th>таблица</th><th>столбец</th><th>заголовок</th><th>код</th><th>почему</th></tr>
{% for u in unknown %}<tr><td>{{ u.source }}</td><td class="num">{{ u.table }}</td><td class="num">{{ u.col }}</td><td>{{ u.header }}</td><td>{{ u.indicator }}</td><td>{{ u.note }}</td></tr>{% endfor %}</table></div>
<p class="muted">Чтобы столбец читался как показатель, добавьте строку в headers.csv в папке входа (header, indicator, unit), например: «{{ unknown[0].header }}», students_involved, persons.</p>
{% else %}<p class="muted">Все столбцы с числами прочитаны как показатели словаря.</p>{% endif %}
</section>
</main></body></html>
"""

STATUS_RU = {"mismatch": "расхождений", "ok": "совпало", "unverifiable": "не проверить"}
STATUS_RU1 = {"mismatch": "расхождение", "ok": "совпало", "unverifiable": "не проверить"}
MAX_COLUMNS = 40
# Above this many checks the agreeing ones are counted, not listed: the page stays openable.
COMPACT_CHECKS = 20000


def _docs(store: Store, compact: bool) -> list[dict]:
    """Documents with their checks; in compact mode only the checks that did not agree are
    loaded (the agreeing ones are counted in SQL), so a large archive's page is built in
    little memory."""
    checks = defaultdict(list)
    order = {"mismatch": 0, "unverifiable": 1, "ok": 2}
    where = " WHERE status != 'ok'" if compact else ""
    cols = ["source", "check", "stated", "computed", "status", "message", "location", "quote"]
    quoted = ", ".join(f'"{c}"' for c in cols)
    for row in store.db.execute(f"SELECT {quoted} FROM checks{where} ORDER BY source, rowid"):
        c = {k: ("" if v is None else v) for k, v in zip(cols, row, strict=True)}
        checks[c["source"]].append(c)
    n_ok = dict(store.db.execute("SELECT source, COUNT(*) FROM checks WHERE status = 'ok' GROUP BY source"))
    docs = []
    for d in store.rows("documents", ["source", "kind", "municipality", "as_of", "doc_date", "doc_number",
                                      "status", "error"]):
        d["checks"] = sorted(checks.get(d["source"], []), key=lambda c: order.get(c["status"], 3))
        d["n_ok"] = n_ok.get(d["source"], 0)
        docs.append(d)
    docs.sort(key=lambda d: (-sum(c["status"] == "mismatch" for c in d["checks"]), d["source"]))
    return docs


def _munis(store: Store) -> list[dict]:
    names = {r["org_id"]: r["canonical_name"] for r in store.rows("organizations", ["org_id", "canonical_name"])}
    cells: dict[str, dict] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    units = {}
    q = ("SELECT municipality, org_id, indicator, as_of, source, SUM(value), MAX(unit) FROM facts "
         "WHERE value IS NOT NULL AND variant = '' GROUP BY municipality, org_id, indicator, as_of, source")
    for muni, org, ind, as_of, _source, total, unit in store.db.execute(q):
        cells[muni][org][(ind, as_of)].append(total)
        units[ind] = unit
    out = []
    for muni in sorted(cells):
        orgs = cells[muni]
        columns = sorted({k for v in orgs.values() for k in v}, key=lambda k: (k[0], k[1] or ""))[:MAX_COLUMNS]
        rows = []
        for org in sorted(orgs):
            values = {col: fmt(round(sum(v) / len(v), 2)) for col, v in orgs[org].items() if col in columns}
            rows.append({"id": org, "name": names.get(org, org), "cells": values})
        out.append({"name": muni, "columns": columns, "orgs": rows,
                    "charts": _charts(store, muni, orgs, units)})
    return out


def _targets(store: Store, muni: str) -> dict[str, float]:
    """Stated targets per share indicator: '>=15' in the checks of the municipality's documents."""
    out = {}
    q = ("SELECT c.indicator, c.stated FROM checks c JOIN documents d ON d.source = c.source "
         "WHERE d.municipality = ? AND c.stated LIKE '>=%'")
    for ind, stated in store.db.execute(q, (muni,)):
        try:
            out[ind] = float(stated[2:])
        except ValueError:
            pass
    return out


def _charts(store: Store, muni: str, orgs: dict, units: dict) -> list[str]:
    """One bar chart (inline SVG) per share indicator: each organization's latest value, the
    mean, and the target where a report states one."""
    shares = sorted({ind for v in orgs.values() for (ind, _) in v if units.get(ind) == "percent"})
    targets = _targets(store, muni) if shares else {}
    charts = []
    for ind in shares[:6]:
        points = []
        for org, v in sorted(orgs.items()):
            dated = sorted((k[1] or "", vals) for k, vals in v.items() if k[0] == ind)
            if dated:
                vals = dated[-1][1]
                points.append((org.split("/", 1)[-1], sum(vals) / len(vals)))
        if points:
            charts.append(bar_chart(f"{ind}, %", points, targets.get(ind)))
    return charts


def bar_chart(title: str, points: list[tuple[str, float]], target: float | None) -> str:
    """A small SVG bar chart: bars, a dashed mean line, a red target line."""
    bar, gap, left, top, height = 16, 6, 40, 28, 180
    width = left + len(points) * (bar + gap) + 20
    mean = sum(v for _, v in points) / len(points)
    top_value = max([v for _, v in points] + [mean, target or 0, 1]) * 1.1

    def y(v: float) -> float:
        return top + height - v / top_value * height

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{top + height + 90}" '
             f'viewBox="0 0 {width} {top + height + 90}" role="img" aria-label="{escape(title)}">',
             f'<text x="{left}" y="16" font-size="13" font-weight="600">{escape(title)}</text>',
             f'<line x1="{left}" y1="{top + height}" x2="{width - 10}" y2="{top + height}" stroke="#888"/>']
    for k in range(5):
        v = top_value * k / 4
        parts.append(f'<text x="{left - 4}" y="{y(v) + 4:.1f}" font-size="10" text-anchor="end" fill="#666">'
                     f'{v:.0f}</text>')
    for i, (label, v) in enumerate(points):
        x = left + i * (bar + gap)
        parts.append(f'<rect x="{x}" y="{y(v):.1f}" width="{bar}" height="{top + height - y(v):.1f}" fill="#4f6d9a">'
                     f'<title>{escape(label)}: {v:.1f}%</title></rect>')
        parts.append(f'<text transform="translate({x + bar / 2 + 3},{top + height + 6}) rotate(90)" '
                     f'font-size="9" fill="#333">{escape(label[:18])}</text>')
    parts.append(f'<line x1="{left}" y1="{y(mean):.1f}" x2="{width - 10}" y2="{y(mean):.1f}" stroke="#23395b" '
                 f'stroke-dasharray="5,4"/><text x="{width - 12}" y="{y(mean) - 4:.1f}" font-size="10" '
                 f'text-anchor="end" fill="#23395b">среднее {mean:.1f}%</text>')
    if target is not None:
        parts.append(f'<line x1="{left}" y1="{y(target):.1f}" x2="{width - 10}" y2="{y(target):.1f}" '
                     f'stroke="#b3261e" stroke-width="2"/><text x="{left + 4}" y="{y(target) - 4:.1f}" '
                     f'font-size="10" fill="#b3261e">цель {target:g}%</text>')
    parts.append("</svg>")
    return "".join(parts)


def write_report(store: Store, path: Path) -> None:
    compact = store.count("checks") > COMPACT_CHECKS
    docs = _docs(store, compact)
    by_status = [(s, n) for s, n in store.db.execute(
        "SELECT status, COUNT(*) FROM checks GROUP BY status ORDER BY CASE status WHEN 'mismatch' THEN 0 "
        "WHEN 'unverifiable' THEN 1 ELSE 2 END")]
    review = []
    for o in store.rows("organizations", ["org_id", "canonical_name", "aliases", "score"]):
        if o["score"] != "" and float(o["score"]) < DEFAULT.org_review_score:
            review.append({**o, "aliases": json.loads(o["aliases"] or "[]"), "score": round(float(o["score"]))})
    env = Environment(autoescape=True)
    html = env.from_string(TEMPLATE).render(
        n_docs=len(docs), n_failed=sum(d["status"] != "ok" for d in docs), n_orgs=store.count("organizations"),
        n_facts=store.count("facts"), by_status=by_status, status_ru=STATUS_RU, status_ru1=STATUS_RU1,
        docs=docs, munis=_munis(store), review=review, threshold=DEFAULT.org_review_score,
        compact=compact, unknown=list(store.not_understood())[:500])
    html = re.sub(r"\n\s*\n", "\n", html)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(html)
    publish(tmp, path)

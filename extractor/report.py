"""report.html: one self-contained page (styles, script and charts inline, nothing loaded from
the network), readable from a 360 px phone to a wide screen and on paper.

- a summary (documents, reports, facts, checks by status and kind, reviewed ones) and a table
  of contents with an anchor per municipality and per document;
- filters that work offline (municipality, document kind, check status, check kind, review);
- per document, collapsed to a summary line until opened, its checks, mismatches first: the
  claim quoted around itself with the stated number marked, the cells the computation used,
  the page or line, the review verdict, and a stable anchor (#check-<id>) to send a colleague;
- per municipality, organizations × indicators over every reporting date (the history table)
  and charts with real names and Russian labels, stated targets as reference lines;
- columns not understood and organization matches to review. Nothing is cut silently: what
  does not fit is counted and named.
"""
from __future__ import annotations

import json
import math
import os
import re
import tempfile
from collections import defaultdict
from pathlib import Path

from jinja2 import Environment
from markupsafe import Markup, escape

from normalizers.numbers import fmt
from normalizers.text import slug

from .export import HISTORY_KEYS, publish
from .settings import DEFAULT
from .store import Store

STATUS_RU = {"mismatch": "расхождение", "ok": "совпало", "unverifiable": "не проверить"}
STATUS_RU_MANY = {"mismatch": "расхождений", "ok": "совпало", "unverifiable": "не проверить"}
CHECK_RU = {"sum": "сумма", "count": "количество", "share": "доля", "mean": "среднее", "composition": "состав",
            "membership": "список", "cross_table": "между таблицами", "target": "цель", "reference": "ссылка",
            "consistency": "согласованность"}
REVIEW_RU = {"confirmed": "подтверждено", "dismissed": "не ошибка"}
# Above this many checks the agreeing ones are counted, not listed: the page stays fast.
COMPACT_CHECKS = 20000
CHART_ORGS = 40  # bars per chart; more organizations are named in the table below it

TEMPLATE = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>spravki — отчёт о проверке</title>
<style>
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d232a;background:#f6f7f9;
  font-size:15px;line-height:1.4}
header{background:#23395b;color:#fff;padding:14px 20px}header h1{margin:0;font-size:20px}
header p{margin:4px 0 0;color:#c9d3e3;font-size:13px}
main{padding:12px 16px;max-width:1300px;margin:0 auto}
section,nav{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:12px 14px;margin:12px 0}
h2{font-size:18px;margin:2px 0 10px}h3{font-size:15px;margin:10px 0 6px}
a{color:#1f4f8f}
.cards{display:flex;gap:10px;flex-wrap:wrap}
.card{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:8px 12px;min-width:110px;flex:1 1 110px}
.card b{display:block;font-size:22px}.card.mismatch b{color:#b3261e}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid #e5e8ec;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f0f2f5}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td{overflow-wrap:anywhere}
tr.mismatch td{background:#fdecea}tr.unverifiable td{color:#4b5563}
.status{font-weight:600;white-space:nowrap}.status.mismatch{color:#b3261e}.status.ok{color:#1e7b34}
.verdict{display:inline-block;border-radius:4px;padding:0 5px;font-size:12px;background:#e8eef8}
.verdict.dismissed{background:#e6f4ea}.verdict.confirmed{background:#fde2e0}
blockquote{margin:4px 0;padding:2px 8px;border-left:3px solid #c7ccd3;color:#374151;font-size:12.5px}
mark{background:#ffe58a;padding:0 1px}
.muted{color:#6b7280}.failed{color:#b3261e}
details.doc{border-top:1px solid #e5e8ec;padding:6px 0}details.doc>summary{cursor:pointer;list-style-position:outside}
details.doc>summary .badges{white-space:nowrap}details.doc>summary b{overflow-wrap:anywhere}
.badge{display:inline-block;border-radius:10px;padding:0 7px;font-size:12px;margin-left:4px;background:#eef0f3}
.badge.mismatch{background:#fdecea;color:#b3261e}.badge.unverifiable{background:#f3f4f6}
.filters{display:flex;flex-wrap:wrap;gap:8px 14px;align-items:end}
.filters label{display:flex;flex-direction:column;font-size:12px;color:#4b5563}
.filters select{font-size:14px;padding:3px;max-width:80vw}
#toc ol{margin:4px 0;padding-left:20px;columns:2 260px}
.hidden{display:none!important}
.check-row .anchor{visibility:hidden;text-decoration:none;margin-left:4px}.check-row:hover .anchor{visibility:visible}
figure{margin:8px 0}svg{max-width:100%;height:auto}
.checks .c-st{width:110px}.checks .c-k{width:100px}.checks .c-n{width:90px}.checks .c-loc{width:140px}
@media (max-width:700px){
  main{padding:6px}section,nav{padding:10px 8px}
  table.checks,table.checks tbody,table.checks tr,table.checks td{display:block;width:100%}
  table.checks tr.head{display:none}table.checks tr{border-bottom:2px solid #dde1e6;padding:4px 0}
  table.checks td{border:0;padding:2px 4px}table.checks td[data-label]::before{content:attr(data-label) ": ";
  color:#6b7280;font-size:12px}
  #toc ol{columns:1}
}
@media print{
  header{background:none;color:#000}nav#toc,#filters{display:none}
  details.doc{display:block}details.doc>*{display:block}.scroll{overflow:visible}
  section{border:0;padding:0}tr.mismatch td{background:none}
}
</style></head><body>
<header><h1>spravki — проверка отчётов о наставничестве</h1>
<p>{{ n_docs }} документов · {{ n_reports }} отчётов · {{ munis|length }} муниципалитетов</p></header>
<main>
<section id="summary"><h2>Сводка</h2><div class="cards">
<div class="card"><b>{{ n_docs }}</b>документов{% if n_failed %} <span class="failed">({{ n_failed }} не прочитаны)</span>{% endif %}{% if n_missing %} <span class="muted">({{ n_missing }} нет файла)</span>{% endif %}</div>
<div class="card"><b>{{ n_reports }}</b>отчётов</div>
<div class="card"><b>{{ n_orgs }}</b>организаций</div><div class="card"><b>{{ n_facts }}</b>фактов</div>
{% for status, n in by_status %}<div class="card {{ status }}"><b>{{ n }}</b>{{ status_many[status] }}</div>{% endfor %}
<div class="card"><b>{{ n_reviewed }}</b>с решением</div>
</div>
{% if by_kind %}<h3>Расхождения по видам проверок</h3><div class="scroll"><table><tr><th>проверка</th><th class="num">расхождений</th><th class="num">подтверждено</th><th class="num">не ошибка</th><th class="num">без решения</th></tr>
{% for k in by_kind %}<tr><td>{{ check_ru.get(k.check, k.check) }}</td><td class="num">{{ k.n }}</td><td class="num">{{ k.confirmed }}</td><td class="num">{{ k.dismissed }}</td><td class="num">{{ k.open }}</td></tr>{% endfor %}</table></div>{% endif %}
</section>

<nav id="toc"><h2>Содержание</h2><ol>
<li><a href="#documents">Документы и проверки</a> ({{ docs|length }})</li>
{% for m in munis %}<li><a href="#{{ m.anchor }}">{{ m.name or 'муниципалитет не определён' }}</a> <span class="muted">— {{ m.n_docs }} док.{% if m.n_mismatch %}, <span class="failed">{{ m.n_mismatch }} расх.</span>{% endif %}</span></li>{% endfor %}
<li><a href="#columns">Непонятые столбцы</a> ({{ unknown|length }}{% if unknown_more %}+{% endif %})</li>
<li><a href="#review">Сопоставления организаций для проверки</a> ({{ review|length }})</li>
</ol></nav>

<section id="filters"><h2>Фильтры</h2><div class="filters">
<label>Муниципалитет<select id="f-muni"><option value="">все</option>{% for m in munis %}<option value="{{ m.name }}">{{ m.name or 'не определён' }}</option>{% endfor %}</select></label>
<label>Вид документа<select id="f-kind"><option value="">все</option>{% for k in kinds %}<option>{{ k }}</option>{% endfor %}</select></label>
<label>Статус проверки<select id="f-status"><option value="">все</option><option value="mismatch">расхождение</option><option value="unverifiable">не проверить</option><option value="ok">совпало</option></select></label>
<label>Вид проверки<select id="f-check"><option value="">все</option>{% for k in check_kinds %}<option value="{{ k }}">{{ check_ru.get(k, k) }}</option>{% endfor %}</select></label>
<label>Решение<select id="f-review"><option value="">все</option><option value="none">без решения</option><option value="confirmed">подтверждено</option><option value="dismissed">не ошибка</option></select></label>
<label>&nbsp;<span><input type="checkbox" id="f-open"> раскрыть документы</span></label>
</div><p class="muted" id="f-count"></p></section>

<section id="documents"><h2>Документы и проверки</h2>
{% for d in docs %}<details class="doc" id="{{ d.anchor }}" data-muni="{{ d.municipality }}" data-kind="{{ d.kind }}">
<summary><b>{{ d.source }}</b> <span class="muted">— {{ d.kind or '?' }}{% if d.municipality %}, {{ d.municipality }}{% endif %}{% if d.as_of %}, на {{ d.as_of }}{% endif %}{% if d.doc_date %}, от {{ d.doc_date }}{% endif %}{% if d.doc_number %} № {{ d.doc_number }}{% endif %}</span>
<span class="badges">{% if d.status != 'ok' %}<span class="badge mismatch">{{ 'нет файла' if d.status == 'missing' else 'не прочитан' }}</span>{% endif %}{% if d.n_mismatch %}<span class="badge mismatch">{{ d.n_mismatch }} расх.</span>{% endif %}{% if d.n_unverifiable %}<span class="badge unverifiable">{{ d.n_unverifiable }} не проверить</span>{% endif %}{% if d.n_ok %}<span class="badge">{{ d.n_ok }} совпало</span>{% endif %}</span></summary>
{% if d.status == 'failed' %}<p class="failed">Не прочитан: {{ d.error }}</p>{% elif d.status == 'missing' %}<p class="muted">{{ d.error }}</p>{% endif %}
{% if d.report_id or d.region or d.issuer %}<p class="muted">{% if d.report_id %}отчёт {{ d.report_id }}{% endif %}{% if d.region %} · {{ d.region }}{% endif %}{% if d.issuer %} · издал: {{ d.issuer }}{% endif %}{% if d.title %}<br>{{ d.title }}{% endif %}</p>{% endif %}
{% if d.checks %}<div class="scroll"><table class="checks"><colgroup><col class="c-st"><col class="c-k"><col class="c-n"><col class="c-n"><col><col class="c-loc"></colgroup>
<tr class="head"><th>статус</th><th>проверка</th><th class="num">заявлено</th><th class="num">пересчитано</th><th>сообщение и источник</th><th>где, по каким ячейкам</th></tr>
{% for c in d.checks %}<tr class="check-row {{ c.status }}" id="check-{{ c.check_id }}" data-status="{{ c.status }}" data-check="{{ c.check }}" data-review="{{ c.review or 'none' }}">
<td class="status {{ c.status }}" data-label="статус">{{ status_ru[c.status] }}{% if c.review %}<br><span class="verdict {{ c.review }}">{{ review_ru[c.review] }}</span>{% endif %}</td>
<td data-label="проверка">{{ check_ru.get(c.check, c.check) }}</td><td class="num" data-label="заявлено">{{ c.stated }}</td><td class="num" data-label="пересчитано">{{ c.computed }}</td>
<td class="message" data-label="сообщение">{{ c.message }}{% if c.quote %}<blockquote>{{ c.quote_html }}</blockquote>{% endif %}{% if c.review_comment %}<div class="muted">{{ c.review_comment }}</div>{% endif %}</td>
<td data-label="где">{{ c.location }}{% if c.page %}, стр. {{ c.page }}{% endif %}{% if c.evidence and c.evidence != c.location %}<br><span class="muted">{{ c.evidence }}</span>{% endif %}<a class="anchor" href="#check-{{ c.check_id }}" title="ссылка на эту проверку">#</a></td></tr>{% endfor %}
</table></div>{% if d.n_ok_hidden %}<p class="muted">и ещё совпало: {{ d.n_ok_hidden }} (архив большой: совпавшие проверки перечислены в checks.csv)</p>{% endif %}
{% elif d.status == 'ok' %}<p class="muted">Проверяемых утверждений нет.</p>{% endif %}
</details>{% endfor %}
</section>

<section id="municipalities"><h2>Муниципалитеты: организации и показатели по датам</h2>
{% for m in munis %}<div class="muni" id="{{ m.anchor }}" data-muni="{{ m.name }}"><h3>{{ m.name or 'муниципалитет не определён' }}</h3>
<p class="muted">Документы: {% for d in m.docs %}<a href="#{{ d.anchor }}">{{ d.source }}</a>{% if not loop.last %}, {% endif %}{% endfor %}</p>
{% for chart in m.charts %}<figure>{{ chart }}</figure>{% endfor %}
{% if m.rows %}<div class="scroll"><table><tr><th>организация</th><th>показатель</th><th>форма</th>{% for dt in m.dates %}<th class="num">{{ dt }}</th>{% endfor %}</tr>
{% for r in m.rows %}<tr><td>{{ r.name }}<br><span class="muted">{{ r.org_id }}</span></td><td>{{ r.indicator }}</td><td>{{ r.form }}</td>{% for v in r.cells %}<td class="num">{{ v }}</td>{% endfor %}</tr>{% endfor %}
</table></div>{% else %}<p class="muted">Таблиц по организациям нет.</p>{% endif %}</div>{% endfor %}
</section>

<section id="columns"><h2>Непонятые столбцы</h2>
{% if unknown %}<div class="scroll"><table><tr><th>файл</th><th class="num">таблица</th><th class="num">столбец</th><th>заголовок</th><th>код</th><th>почему</th></tr>
{% for u in unknown %}<tr><td>{{ u.source }}</td><td class="num">{{ u.table }}</td><td class="num">{{ u.col }}</td><td>{{ u.header }}</td><td>{{ u.indicator }}</td><td>{{ u.note }}</td></tr>{% endfor %}</table></div>
{% if unknown_more %}<p class="muted">Показаны первые {{ unknown|length }}; все — на листе «columns» в dataset.xlsx.</p>{% endif %}
<p class="muted">Чтобы столбец читался как показатель, добавьте строку в headers.csv в папке входа (header, indicator, unit), например: «{{ unknown[0].header }}», students_involved, persons.</p>
{% else %}<p class="muted">Все столбцы с числами прочитаны как показатели словаря.</p>{% endif %}
</section>

<section id="review"><h2>Сопоставления организаций для проверки</h2>
{% if review %}<div class="scroll"><table><tr><th>org_id</th><th>название</th><th class="num">уверенность</th><th>написания</th></tr>
{% for o in review %}<tr><td>{{ o.org_id }}</td><td>{{ o.canonical_name }}</td><td class="num">{{ o.score }}</td><td>{{ o.aliases|join('; ') }}</td></tr>{% endfor %}</table></div>
<p class="muted">Исправить сопоставление: строка в aliases.csv в папке входа (municipality, alias, org_id).</p>
{% else %}<p class="muted">Все сопоставления уверенные (не ниже {{ threshold }}).</p>{% endif %}
</section>
</main>
<script>
(function(){
  var $ = function(id){return document.getElementById(id);};
  var docs = Array.prototype.slice.call(document.querySelectorAll('details.doc'));
  var munis = Array.prototype.slice.call(document.querySelectorAll('div.muni'));
  function apply(){
    var mu = $('f-muni').value, ki = $('f-kind').value, st = $('f-status').value,
        ch = $('f-check').value, rv = $('f-review').value, rowFilter = st || ch || rv, shown = 0, rows = 0;
    docs.forEach(function(d){
      var ok = (!mu || d.dataset.muni === mu) && (!ki || d.dataset.kind === ki), any = false;
      if (ok && rowFilter) {
        d.querySelectorAll('tr.check-row').forEach(function(r){
          var vis = (!st || r.dataset.status === st) && (!ch || r.dataset.check === ch) && (!rv || r.dataset.review === rv);
          r.classList.toggle('hidden', !vis); if (vis) { any = true; rows++; }
        });
        ok = any;
      } else if (ok) {
        d.querySelectorAll('tr.check-row.hidden').forEach(function(r){ r.classList.remove('hidden'); });
      }
      d.classList.toggle('hidden', !ok); if (ok) shown++;
    });
    munis.forEach(function(m){ m.classList.toggle('hidden', !!mu && m.dataset.muni !== mu); });
    $('f-count').textContent = 'Показано документов: ' + shown + ' из ' + docs.length + (rowFilter ? ', проверок: ' + rows : '');
  }
  ['f-muni','f-kind','f-status','f-check','f-review'].forEach(function(id){ $(id).addEventListener('change', apply); });
  $('f-open').addEventListener('change', function(){ var o = this.checked; docs.forEach(function(d){ d.open = o; }); });
  function openHash(){
    var h = location.hash && document.getElementById(location.hash.slice(1));
    if (!h) return; var d = h.closest ? h.closest('details.doc') : null;
    if (d) { d.classList.remove('hidden'); h.classList.remove('hidden'); d.open = true; h.scrollIntoView(); }
  }
  window.addEventListener('hashchange', openHash); openHash(); apply();
})();
</script>
</body></html>
"""


def _anchor(prefix: str, text: str, used: set[str]) -> str:
    base = f"{prefix}-{slug(text) or 'x'}"
    a, n = base, 1
    while a in used:
        n += 1
        a = f"{base}-{n}"
    used.add(a)
    return a


def _quote_html(quote: str, stated: str) -> Markup:
    """The claim quoted around itself, the stated value marked: the whole of it when the quote
    prints it so («2-3»), else each of its numbers once (never a school's «№ 2»)."""
    text = str(escape(quote))
    numbers = re.findall(r"\d+(?:[.,]\d+)?", stated or "")[:3]
    if not numbers:
        return Markup(text)
    num = lambda n: re.escape(n).replace(r"\.", "[.,]").replace(",", "[.,]")  # noqa: E731
    whole = r"\s*[-–—]\s*".join(num(n) for n in numbers) if re.fullmatch(r"[\d.,]+\s*[-–—]\s*[\d.,]+",
                                                                       (stated or "").strip()) else None
    guard_before, guard_after = r"(?<![\d.,№])(?<!№\s)", r"(?![\d])"
    if whole:
        text, k = re.subn(f"{guard_before}({whole}){guard_after}", r"<mark>\1</mark>", text, count=1)
        if k:
            return Markup(text)
    for n in numbers:
        text = re.sub(f"{guard_before}({num(n)}){guard_after}", r"<mark>\1</mark>", text, count=1)
    return Markup(text)


def _docs(store: Store, compact: bool) -> list[dict]:
    """Documents with their checks, mismatches first; in compact mode only the checks that did
    not agree are loaded (the agreeing ones are counted in SQL)."""
    checks = defaultdict(list)
    order = {"mismatch": 0, "unverifiable": 1, "ok": 2}
    where = " WHERE status != 'ok'" if compact else ""
    cols = ["source", "check_id", "check", "stated", "computed", "status", "message", "location", "quote", "evidence",
            "page", "review", "review_comment"]
    quoted = ", ".join(f'"{c}"' for c in cols)
    for row in store.db.execute(f"SELECT {quoted} FROM checks{where} ORDER BY source, rowid"):
        c = {k: ("" if v is None else v) for k, v in zip(cols, row, strict=True)}
        c["quote_html"] = _quote_html(c["quote"][:600], c["stated"]) if c["quote"] else ""
        checks[c["source"]].append(c)
    counts = defaultdict(lambda: defaultdict(int))
    for source, status, n in store.db.execute("SELECT source, status, COUNT(*) FROM checks GROUP BY source, status"):
        counts[source][status] = n
    docs, used = [], set()
    for d in store.rows("documents", ["source", "report_id", "kind", "title", "region", "municipality", "issuer",
                                      "as_of", "doc_date", "doc_number", "status", "error"]):
        mine = [] if d["status"] == "missing" else checks.get(d["source"], [])
        d["checks"] = sorted(mine, key=lambda c: order.get(c["status"], 3))
        n = counts.get(d["source"], {}) if d["status"] != "missing" else {}
        d["n_mismatch"], d["n_unverifiable"], d["n_ok"] = n.get("mismatch", 0), n.get("unverifiable", 0), n.get("ok", 0)
        d["n_ok_hidden"] = d["n_ok"] if compact else 0
        d["anchor"] = _anchor("doc", d["source"], used)
        docs.append(d)
    docs.sort(key=lambda d: (-d["n_mismatch"], d["source"]))
    return docs


def _history(store: Store) -> tuple[list[str], list[dict]]:
    cols = store.columns_of("history")
    if not cols:
        return [], []
    dates = [c for c in cols if c not in HISTORY_KEYS]
    return dates, list(store.rows("history", cols))


def _labels() -> dict[str, tuple[str, str]]:
    from normalizers.vocab import indicators

    return {code: (d.label, d.unit) for code, d in indicators().items()}


def _munis(store: Store, docs: list[dict]) -> list[dict]:
    dates, rows = _history(store)
    labels = _labels()
    targets = _targets(store)
    by_muni: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_muni[r["municipality"]].append(r)
    docs_by_muni: dict[str, list[dict]] = defaultdict(list)
    for d in docs:
        docs_by_muni[d["municipality"]].append(d)
    out, used = [], set()
    for muni in sorted(set(by_muni) | set(docs_by_muni)):
        mrows = by_muni.get(muni, [])
        mdates = [dt for dt in dates if any(r[dt] != "" for r in mrows)]
        table = [{"org_id": r["org_id"], "name": r["canonical_name"] or r["org_id"],
                  "indicator": labels.get(r["indicator"], (r["indicator"], ""))[0], "form": r["form"],
                  "cells": [fmt(float(r[dt])) if r[dt] != "" else "" for dt in mdates]} for r in mrows]
        mdocs = docs_by_muni.get(muni, [])
        out.append({"name": muni, "anchor": _anchor("muni", muni or "unknown", used), "dates": mdates, "rows": table,
                    "docs": mdocs, "n_docs": len(mdocs), "n_mismatch": sum(d["n_mismatch"] for d in mdocs),
                    "charts": _charts(mrows, mdates, labels, targets.get(muni, {}))})
    return out


def _targets(store: Store) -> dict[str, dict[str, float]]:
    """Stated targets per municipality and share indicator ('>=15' in its documents' checks)."""
    out: dict[str, dict[str, float]] = defaultdict(dict)
    q = ("SELECT d.municipality, c.indicator, c.stated FROM checks c JOIN documents d ON d.source = c.source "
         "WHERE c.stated LIKE '>=%'")
    for muni, ind, stated in store.db.execute(q):
        try:
            out[muni or ""][ind] = float(stated[2:])
        except ValueError:
            pass
    return out


def _charts(rows: list[dict], dates: list[str], labels: dict, targets: dict[str, float]) -> list[Markup]:
    """Per indicator (without a form): the organizations at the latest date with a value, as
    horizontal bars with their names; and, when there are several dates, the municipality's
    total (persons, counts) or mean (shares) over time."""
    charts = []
    by_ind: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if not r["form"]:
            by_ind[r["indicator"]].append(r)
    for ind in sorted(by_ind):
        label, unit = labels.get(ind, (ind, ""))
        rs = by_ind[ind]
        latest = next((dt for dt in reversed(dates) if any(r[dt] != "" for r in rs)), None)
        if latest is None:
            continue
        points = sorted(((r["canonical_name"] or r["org_id"], float(r[latest])) for r in rs if r[latest] != ""),
                        key=lambda p: -p[1])
        if len(points) >= 2:
            charts.append(Markup(hbar_chart(f"{label} — на {latest}", points[:CHART_ORGS], unit, targets.get(ind),
                                            more=len(points) - CHART_ORGS)))
        series = []
        for dt in dates:
            vals = [float(r[dt]) for r in rs if r[dt] != ""]
            if vals:
                series.append((dt, sum(vals) / len(vals) if unit == "percent" else sum(vals)))
        if len(series) >= 2:
            what = "в среднем" if unit == "percent" else "всего"
            charts.append(Markup(line_chart(f"{label}: {what} по датам", series, unit, targets.get(ind))))
    return charts


def _ticks(top: float) -> tuple[float, list[float]]:
    """Even ticks: 1, 2 or 5 × 10^k, four to six of them."""
    if top <= 0:
        return 1.0, [0.0, 0.5, 1.0]
    raw = top / 5
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    end = math.ceil(top / step) * step
    return end, [i * step for i in range(int(round(end / step)) + 1)]


def _num(v: float) -> str:
    return f"{v:g}" if abs(v) < 1e6 else f"{v:,.0f}".replace(",", " ")


def hbar_chart(title: str, points: list[tuple[str, float]], unit: str, target: float | None, more: int = 0) -> str:
    """Horizontal bars, one per organization with its name, even ticks, the target as a red line."""
    label_w, bar_h, gap, top, right = 230, 14, 5, 30, 40
    plot_w = 420
    width = label_w + plot_w + right
    height = top + len(points) * (bar_h + gap) + 30 + (16 if more > 0 else 0)
    end, ticks = _ticks(max([v for _, v in points] + [target or 0]))
    pct = "%" if unit == "percent" else ""

    def x(v: float) -> float:
        return label_w + v / end * plot_w

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
             f'role="img" aria-label="{escape(title)}">',
             f'<text x="4" y="16" font-size="13" font-weight="600">{escape(title)}</text>']
    base = top + len(points) * (bar_h + gap)
    for t in ticks:
        parts.append(f'<line x1="{x(t):.1f}" y1="{top - 4}" x2="{x(t):.1f}" y2="{base}" stroke="#e5e8ec"/>'
                     f'<text x="{x(t):.1f}" y="{base + 14}" font-size="10" text-anchor="middle" fill="#555">'
                     f'{_num(t)}{pct}</text>')
    for i, (name, v) in enumerate(points):
        y = top + i * (bar_h + gap)
        short = name if len(name) <= 38 else name[:36] + "…"
        parts.append(f'<text x="{label_w - 6}" y="{y + bar_h - 3}" font-size="11" text-anchor="end">'
                     f'<title>{escape(name)}</title>{escape(short)}</text>'
                     f'<rect x="{label_w}" y="{y}" width="{max(0.5, x(v) - label_w):.1f}" height="{bar_h}" fill="#4f6d9a">'
                     f'<title>{escape(name)}: {_num(v)}{pct}</title></rect>'
                     f'<text x="{x(v) + 3:.1f}" y="{y + bar_h - 3}" font-size="10" fill="#333">{_num(v)}</text>')
    if target is not None:
        parts.append(f'<line x1="{x(target):.1f}" y1="{top - 6}" x2="{x(target):.1f}" y2="{base}" stroke="#b3261e" '
                     f'stroke-width="2"/><text x="{x(target) + 3:.1f}" y="{top - 8}" font-size="10" fill="#b3261e">'
                     f'цель {_num(target)}{pct}</text>')
    if more > 0:
        parts.append(f'<text x="4" y="{height - 6}" font-size="11" fill="#555">и ещё {more} организаций — в таблице '
                     f'ниже</text>')
    parts.append("</svg>")
    return "".join(parts)


def line_chart(title: str, series: list[tuple[str, float]], unit: str, target: float | None) -> str:
    """A value over reporting dates: points joined by a line, dates as labels, even ticks."""
    left, top, plot_w, plot_h = 56, 30, 460, 160
    width, height = left + plot_w + 30, top + plot_h + 40
    end, ticks = _ticks(max([v for _, v in series] + [target or 0]))
    pct = "%" if unit == "percent" else ""
    n = len(series)

    def x(i: int) -> float:
        return left + (plot_w * i / (n - 1) if n > 1 else plot_w / 2)

    def y(v: float) -> float:
        return top + plot_h - v / end * plot_h

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
             f'role="img" aria-label="{escape(title)}">',
             f'<text x="4" y="16" font-size="13" font-weight="600">{escape(title)}</text>']
    for t in ticks:
        parts.append(f'<line x1="{left}" y1="{y(t):.1f}" x2="{left + plot_w}" y2="{y(t):.1f}" stroke="#e5e8ec"/>'
                     f'<text x="{left - 6}" y="{y(t) + 4:.1f}" font-size="10" text-anchor="end" fill="#555">'
                     f'{_num(t)}{pct}</text>')
    path = " ".join(f"{'M' if i == 0 else 'L'}{x(i):.1f},{y(v):.1f}" for i, (_, v) in enumerate(series))
    parts.append(f'<path d="{path}" fill="none" stroke="#4f6d9a" stroke-width="2"/>')
    for i, (dt, v) in enumerate(series):
        parts.append(f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="3.5" fill="#23395b"><title>{dt}: {_num(v)}{pct}'
                     f'</title></circle><text x="{x(i):.1f}" y="{top + plot_h + 16}" font-size="10" '
                     f'text-anchor="middle" fill="#333">{dt}</text>')
    if target is not None:
        parts.append(f'<line x1="{left}" y1="{y(target):.1f}" x2="{left + plot_w}" y2="{y(target):.1f}" '
                     f'stroke="#b3261e" stroke-width="2" stroke-dasharray="6,4"/><text x="{left + 4}" '
                     f'y="{y(target) - 4:.1f}" font-size="10" fill="#b3261e">цель {_num(target)}{pct}</text>')
    parts.append("</svg>")
    return "".join(parts)


def write_report(store: Store, path: Path) -> None:
    compact = store.count("checks") > COMPACT_CHECKS
    docs = _docs(store, compact)
    live = "JOIN documents d ON d.source = c.source WHERE d.status = 'ok'"
    by_status = [(s, n) for s, n in store.db.execute(
        f"SELECT c.status, COUNT(*) FROM checks c {live} GROUP BY c.status ORDER BY CASE c.status "
        "WHEN 'mismatch' THEN 0 WHEN 'unverifiable' THEN 1 ELSE 2 END")]
    by_kind = [{"check": k, "n": n, "confirmed": cf or 0, "dismissed": ds or 0, "open": n - (cf or 0) - (ds or 0)}
               for k, n, cf, ds in store.db.execute(
                   f"SELECT c.\"check\", COUNT(*), SUM(c.review = 'confirmed'), SUM(c.review = 'dismissed') "
                   f"FROM checks c {live} AND c.status = 'mismatch' GROUP BY c.\"check\" ORDER BY COUNT(*) DESC")]
    n_reviewed = store.db.execute(f"SELECT COUNT(*) FROM checks c {live} AND IFNULL(c.review, '') != ''").fetchone()[0]
    review = []
    for o in store.rows("organizations", ["org_id", "canonical_name", "aliases", "score"]):
        if o["score"] != "" and float(o["score"]) < DEFAULT.org_review_score:
            review.append({**o, "aliases": json.loads(o["aliases"] or "[]"), "score": round(float(o["score"]))})
    unknown = list(store.not_understood())
    env = Environment(autoescape=True)
    html = env.from_string(TEMPLATE).render(
        n_docs=len(docs), n_failed=sum(d["status"] == "failed" for d in docs),
        n_missing=sum(d["status"] == "missing" for d in docs),
        n_reports=len({d["report_id"] for d in docs if d["report_id"]}), n_orgs=store.count("organizations"),
        n_facts=store.db.execute("SELECT COUNT(*) FROM facts f JOIN documents d ON d.source = f.source "
                                 "WHERE d.status = 'ok'").fetchone()[0],
        by_status=by_status, by_kind=by_kind, n_reviewed=n_reviewed, status_ru=STATUS_RU,
        status_many=STATUS_RU_MANY, check_ru=CHECK_RU, review_ru=REVIEW_RU, docs=docs, munis=_munis(store, docs),
        kinds=sorted({d["kind"] for d in docs if d["kind"]}),
        check_kinds=sorted({c["check"] for d in docs for c in d["checks"]}), review=review,
        threshold=DEFAULT.org_review_score, unknown=unknown[:500], unknown_more=len(unknown) > 500)
    html = re.sub(r"\n\s*\n", "\n", html)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(html)
    publish(tmp, path)

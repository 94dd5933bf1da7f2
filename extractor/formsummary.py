"""A table of forms («Сводные данные по формам наставничества»: one row per form, columns of
organizations, mentors, mentees) restates the per-organization tables: each of its cells is
the sum over the organizations of that form, or the number of organizations that fill the
form in. Each cell is checked against them; a column that disagrees in most rows is a
misreading of it, not a column of errors, and raises nothing."""
from __future__ import annotations

from normalizers.forms import find_forms
from normalizers.numbers import fmt, parse_number

from .facts import TableRead
from .headers import features_of, read_header
from .tables import header_rows, header_texts

# what a summary column may restate, by indicator: a sum over the organizations' rows
SUMMED = ("mentors", "mentees", "pairs", "students_involved", "teachers_involved", "program_participants")


def form_summary_checks(reads: list[TableRead], facts, orgs, make) -> list:
    per_form = [f for f in facts if f.form and not f.variant and f.org_name in orgs.key]
    if not per_form:
        return []
    out = []
    for r in reads:
        t = r.layout.table
        if any(f.table == t.index for f in per_form):
            continue  # a table of organizations, not of forms
        n_header = header_rows(t)
        if n_header == 0 or t.n_rows - n_header < 2:
            continue
        rows = []
        for i in range(n_header, t.n_rows):
            label = next((t.value(i, c) for c in range(min(2, t.n_cols)) if find_forms(t.value(i, c))), "")
            forms = find_forms(label)
            if len(forms) == 1 and not any(ch.isdigit() for ch in label):
                rows.append((i, forms[0]))
        if len(rows) < 2 or len(rows) < (t.n_rows - n_header) // 2:
            continue
        headers = header_texts(t, n_header)
        other = {f.table for f in per_form}
        for c in range(t.n_cols):
            h = headers[c]
            f = features_of(h)
            if f.head == "organizations" and f.measure in ("count", ""):
                code, what = "organizations", "организаций с этой формой"
            else:
                reading = read_header(h)
                if not reading.understood or reading.indicator.code not in SUMMED:
                    continue
                code, what = reading.indicator.code, f"сумма «{h}» по организациям"
            col_checks = []
            for i, form in rows:
                parsed = parse_number(t.value(i, c))
                stated = parsed.value if parsed else None
                if stated is None:
                    continue
                mine = [x for x in per_form if x.form == form and x.table in other]
                if code == "organizations":
                    computed = float(len({orgs.key[x.org_name] for x in mine if x.value}))
                else:
                    vals = [x.value for x in mine if x.indicator == code and x.value is not None]
                    if not vals:
                        continue
                    computed = float(sum(vals))
                ok = abs(computed - stated) < 1e-9
                col_checks.append(make(
                    "cross_table", code if code != "organizations" else "organizations",
                    f"таблица {t.index}, «{form}»: {h}", fmt(stated), fmt(computed), "ok" if ok else "mismatch",
                    f"Таблица {t.index}, форма «{form}», «{h}» = {fmt(stated)}; по таблицам организаций "
                    f"{what} = {fmt(computed)}" + ("" if ok else " — не совпадает"),
                    f"table {t.index}, row {i + 1}",
                    evidence=f"table {t.index}, row {i + 1}, col {c + 1}; таблицы {', '.join(map(str, sorted(other)))}"))
            agree = sum(ch.status == "ok" for ch in col_checks)
            if agree and agree * 2 >= len(col_checks):
                out += col_checks
    return out

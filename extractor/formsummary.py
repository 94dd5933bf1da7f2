"""A table of forms («Сводные данные по формам наставничества»: one row per form, columns of
organizations, mentors, mentees) restates the per-organization tables: each of its cells is
the sum over the organizations of that form, or the number of organizations that fill the
form in. Each cell is checked against them; a column that disagrees in most rows is a
misreading of it, not a column of errors, and raises nothing."""
from __future__ import annotations

import re

from normalizers.forms import find_forms
from normalizers.numbers import fmt, parse_number
from normalizers.text import collapse

from .facts import TableRead
from .headers import features_of, read_header
from .tables import header_rows, header_texts

# what a summary column may restate, by indicator: a sum over the organizations' rows
SUMMED = ("mentors", "mentees", "pairs", "students_involved", "teachers_involved", "program_participants")


def form_summary_checks(reads: list[TableRead], facts, orgs, make) -> list:
    per_form = [f for f in facts if f.form and not f.variant and f.org_name in orgs.key]
    if not per_form:
        return _summary_totals(reads, facts, orgs, make)
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


def _summary_totals(reads: list[TableRead], facts, orgs, make) -> list:
    """A table of forms beside tables of organizations that do not count by form: its «Всего»
    row is still the whole of theirs — mentors and mentees summed over the organizations, the
    organizations per form summed to the forms the organizations count («Количество форм»)."""
    from .tables import row_kind_text

    org_facts = [f for f in facts if f.org_name in orgs.key and not f.form and not f.variant]
    if not org_facts:
        return []
    out = []
    for r in reads:
        if r.about_orgs or not r.label_facts:
            continue
        t = r.layout.table
        total = next((i for i in range(t.n_rows - 1, r.layout.header_rows, -1) if row_kind_text(t, i) == "sum"), None)
        if total is None:
            continue
        headers = header_texts(t, r.layout.header_rows)
        other = sorted({f.table for f in org_facts})
        for col in r.layout.role("indicator"):
            h = headers[col.index]
            f = features_of(h)
            if f.head == "organizations" and f.measure in ("count", ""):
                code, what = "forms_count", "сумма числа форм по организациям"
            elif col.indicator and col.indicator.code in SUMMED:
                code, what = col.indicator.code, f"сумма «{h}» по организациям"
            else:
                continue
            vals = [x.value for x in org_facts if x.indicator == code and x.value is not None]
            parsed = parse_number(t.value(total, col.index))
            if not vals or parsed is None or parsed.value is None:
                continue
            stated, computed = parsed.value, float(sum(vals))
            ok = abs(stated - computed) < 1e-9
            out.append(make(
                "cross_table", code if code != "forms_count" else "organizations",
                f"таблица {t.index}, «{collapse(t.value(total, 0))}»: {h}", fmt(stated), fmt(computed),
                "ok" if ok else "mismatch",
                f"Таблица {t.index}, итог «{h}» = {fmt(stated)}; по таблицам организаций {what} = {fmt(computed)}"
                + ("" if ok else " — не совпадает"), f"table {t.index}, row {total + 1}",
                evidence=f"table {t.index}, row {total + 1}, col {col.index + 1}; таблицы {', '.join(map(str, other))}"))
    return out


def form_table_shares(reads: list[TableRead], make) -> list:
    """A table of forms with «Доля от общего числа наставляемых, %»: each form's share of the
    column's whole («Всего» row, else the sum of the rows) — checked row by row, and only when
    most rows agree (else the column is read wrongly, not full of errors)."""
    from .claims import decimals
    from .tables import row_kind_text

    out = []
    for r in reads:
        if r.facts or not r.label_facts:
            continue
        t = r.layout.table
        headers = header_texts(t, r.layout.header_rows)
        cols = r.layout.role("indicator")
        for k, col in enumerate(cols):
            if not (col.indicator and col.indicator.unit == "percent") or not re.search(
                    r"от\s+общ\w+\s+(?:числ|количеств|численност)", headers[col.index], re.IGNORECASE):
                continue
            counts = [c for c in cols[:k] if c.indicator and c.indicator.unit in ("persons", "count")]
            if not counts:
                continue
            base = counts[-1]
            rows = {f.row: f.value for f in r.label_facts if f.col == base.index + 1 and f.value is not None}
            pcts = {f.row: (f.value, f.raw) for f in r.label_facts if f.col == col.index + 1 and f.value is not None}
            total_row = next((i for i in range(t.n_rows - 1, r.layout.header_rows, -1)
                              if row_kind_text(t, i) == "sum"), None)
            parsed = parse_number(t.value(total_row, base.index)) if total_row is not None else None
            whole = parsed.value if parsed is not None and parsed.value else sum(rows.values())
            if not whole:
                continue
            col_checks = []
            for row, (pct, raw) in sorted(pcts.items()):
                if row not in rows:
                    continue
                share = rows[row] / whole * 100
                ok = abs(share - pct) <= 0.5 * 10 ** -decimals(raw) + 1e-9
                label = collapse(t.value(row - 1, r.layout.role("form")[0].index))
                col_checks.append(make(
                    "share", col.indicator.code, f"таблица {t.index}, {label}: {headers[col.index]}", fmt(pct),
                    fmt(round(share, 2)), "ok" if ok else "mismatch",
                    f"{label}: доля {fmt(pct)}% {'совпадает с' if ok else 'не совпадает с'} пересчитанной: "
                    f"{fmt(rows[row])} / {fmt(whole)} = {fmt(round(share, 1))}%", f"table {t.index}, row {row}",
                    evidence=f"table {t.index}, row {row}, cols {base.index + 1}, {col.index + 1}"))
            if col_checks and sum(c.status == "ok" for c in col_checks) * 2 > len(col_checks):
                out += col_checks
    return out

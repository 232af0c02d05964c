"""File > Export shown cases… and Case sheet PDF…: what is on screen, written on a worker."""
from __future__ import annotations

from data.model import CaseFilter
from data.files import write_bytes_atomically

LIST_FILTERS = "CSV files (*.csv);;Excel workbooks (*.xlsx);;PDF files (*.pdf)"


def describe_filter(flt: CaseFilter) -> str:
    """The filter in words, printed above a PDF list."""
    parts = [f"“{flt.search}”" if flt.search else ""]
    parts += [f"{name} {getattr(flt, name).replace('_', ' ')}"
              for name in ("kind", "status", "category", "staff") if getattr(flt, name)]
    if flt.date_from or flt.date_to:
        parts.append(f"from {flt.date_from or 'the start'} to {flt.date_to or 'today'}")
    if flt.overdue:
        parts.append("overdue only")
    return ", ".join(p for p in parts if p) or "every case"


def export_shown(ctx, flt: CaseFilter, sort: str, descending: bool, on_done) -> None:
    """Ask where, then write the cases the list shows, in its order, as CSV, xlsx or PDF by
    the file's extension; `on_done(message)` reports back on the GUI thread. The ids are
    read again on the worker, so a list still loading is exported whole."""
    path = ctx.ask.save_file("Export the cases shown", LIST_FILTERS, "cases.csv")
    if path is None:
        return
    kind = path.suffix.lower().lstrip(".")
    if kind not in ("csv", "xlsx", "pdf"):
        path, kind = path.with_name(path.name + ".csv"), "csv"
    def work(store, _progress):
        from data import list_export

        ids = store.case_list.ids(flt, sort=sort, descending=descending)
        if kind == "csv":
            return list_export.write_list_csv(store, ids, path)
        if kind == "xlsx":
            return list_export.write_list_xlsx(store, ids, path)
        from reports.case_sheets import LIST_PDF_LIMIT, CaseListDocument

        rows = list(list_export.list_rows(store, ids[:LIST_PDF_LIMIT]))
        write_bytes_atomically(path, CaseListDocument(
            store.profile.get(), list_export.HEADERS, rows, filter_text=describe_filter(flt),
            total=len(ids)).render())
        return len(rows)

    ctx.run_in_background(work, lambda n: on_done(f"Exported {n:,} cases to {path}."))


def save_case_sheet(ctx, ref: str, on_done) -> None:
    """One case on one page as a PDF."""
    safe = ref.replace("/", "-")
    path = ctx.ask.save_file("Save case sheet", "PDF files (*.pdf)", f"{safe}-sheet.pdf")
    if path is None:
        return
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")

    def work(store, _progress):
        from reports.case_sheets import CaseSheetDocument

        case = store.cases.get(ref)
        pdf = CaseSheetDocument(store.profile.get(), case, store.history.of(case.id),
                                store.checklists.of(case.id), store.letters.archived(case.ref),
                                store.attachments.of(case.id), logo=store.profile.logo()).render()
        write_bytes_atomically(path, pdf)
        return path

    ctx.run_in_background(work, lambda p: on_done(f"Saved the case sheet to {p}."))

"""PDF rendering with reportlab: dataclasses in, PDF bytes out. No Qt, no SQL."""

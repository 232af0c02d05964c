"""Packaging: icons match their SVG source, the desktop entry is usable, resources resolve in a bundle, and build.spec leaves out nothing the app imports."""
from __future__ import annotations

import ast
import configparser
import importlib.util
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageChops

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256)


def _make_icons_module():
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "tools" / "make_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_icons_are_what_the_svg_renders_to(tmp_path, qapp):
    written = _make_icons_module().make_icons(tmp_path)
    assert sorted(p.name for p in written) == sorted(
        [f"goodwill-{s}.png" for s in PNG_SIZES] + ["goodwill.ico", "goodwill.icns"])
    for size in PNG_SIZES:
        fresh = Image.open(tmp_path / f"goodwill-{size}.png").convert("RGBA")
        committed = Image.open(ICONS / f"goodwill-{size}.png").convert("RGBA")
        assert fresh.size == committed.size == (size, size)
        # Antialiasing may differ by a shade between Qt builds; an edited SVG differs by far more.
        worst = max(high for _, high in ImageChops.difference(fresh, committed).getextrema())
        assert worst <= 8, f"goodwill-{size}.png is stale: run python tools/make_icons.py"


@pytest.mark.parametrize("size", PNG_SIZES)
def test_each_png_shows_the_white_heart_on_a_transparent_background(size):
    image = Image.open(ICONS / f"goodwill-{size}.png").convert("RGBA")
    assert image.getpixel((0, 0))[3] == 0
    assert image.getpixel((size - 1, size - 1))[3] == 0
    assert image.getpixel((size // 2, int(size * 0.43))) == (255, 255, 255, 255)


def test_ico_and_icns_carry_every_size_the_platforms_ask_for():
    ico = Image.open(ICONS / "goodwill.ico")
    assert {(s, s) for s in PNG_SIZES} <= set(ico.info["sizes"])
    icns = Image.open(ICONS / "goodwill.icns")
    assert {(s, s) for s in (16, 32, 128, 256, 512)} <= {(w, h) for w, h, _ in icns.info["sizes"]}


def test_desktop_entry_starts_the_bundle_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "resources" / "goodwill.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "Goodwill"
    assert desktop["Exec"].split()[0] == "Goodwill"
    assert desktop["Terminal"] == "false"
    assert (ICONS / f"{desktop['Icon']}-256.png").is_file()
    assert desktop["Categories"].endswith(";")


def test_resource_path_points_into_the_bundle_when_frozen(monkeypatch, tmp_path):
    from data.paths import resource_path

    assert resource_path("icons", "goodwill.svg") == ICONS / "goodwill.svg"
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("fonts", "DejaVuSans.ttf") == tmp_path / "resources" / "fonts" / "DejaVuSans.ttf"


def _spec_excludes() -> set[str]:
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    lists = {node.targets[0].id: ast.literal_eval(node.value) for node in tree.body
             if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
             and node.targets[0].id in ("QT_UNUSED", "DEV_ONLY")}
    return {f"PySide6.{name}" for name in lists["QT_UNUSED"]} | set(lists["DEV_ONLY"])


def _app_imports() -> dict[str, str]:
    found = {}
    files = [ROOT / "main.py"] + [f for d in ("data", "ui", "reports")
                                  for f in sorted((ROOT / d).rglob("*.py"))]
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for name in names:
                found.setdefault(name, path.relative_to(ROOT).as_posix())
    return found


def test_build_spec_excludes_nothing_the_app_imports():
    excludes = _spec_excludes()
    clashes = sorted(f"{name} (imported in {where})" for name, where in _app_imports().items()
                     if any(name == x or name.startswith(x + ".") for x in excludes))
    assert not clashes, "build.spec would leave out: " + ", ".join(clashes)


def test_a_font_the_bundle_carries_gzipped_is_read_unpacked(monkeypatch, tmp_path):
    """build.spec ships the DejaVu faces as .ttf.gz; the font loader must find them."""
    import gzip

    from reports import fonts

    original = ROOT / "resources" / "fonts" / "DejaVuSans.ttf"
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    (tmp_path / "resources" / "fonts" / "DejaVuSans.ttf.gz").write_bytes(
        gzip.compress(original.read_bytes()))
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    unpacked = fonts._font_file("DejaVuSans.ttf")
    assert unpacked.read() == original.read_bytes()
    monkeypatch.delattr(sys, "_MEIPASS")
    assert fonts._font_file("DejaVuSans.ttf") == str(original)

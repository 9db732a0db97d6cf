"""scripts/glibc_floor.py: the oldest glibc a bundle folder runs on (`make dist` prints it)."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]

# `readelf --version-info --wide` of a library that needs glibc 2.34 from libc and 2.29 from
# libm, a newer libstdc++ (not glibc: ignored) and defines a version of its own (ignored).
VERSION_INFO = """\
Version symbols section '.gnu.version' contains 9 entries:
 Addr: 0x0000000000000a10  Offset: 0x00000a10  Link: 4 (.dynsym)
  000:   0 (*local*)       2 (GLIBC_2.2.5)   3 (GLIBC_2.34)    4 (GLIBC_2.29)

Version definition section '.gnu.version_d' contains 2 entries:
 Addr: 0x0000000000000a28  Offset: 0x00000a28  Link: 5 (.dynstr)
  000000: Rev: 1  Flags: BASE  Index: 1  Cnt: 1  Name: libexample.so.1
  0x001c: Rev: 1  Flags: none  Index: 2  Cnt: 1  Name: GLIBC_2.99

Version needs section '.gnu.version_r' contains 3 entries:
 Addr: 0x0000000000000a60  Offset: 0x00000a60  Link: 5 (.dynstr)
  000000: Version: 1  File: libm.so.6  Cnt: 2
  0x0010:   Name: GLIBC_2.29  Flags: none  Version: 6
  0x0020:   Name: GLIBC_2.2.5  Flags: none  Version: 5
  0x0030: Version: 1  File: libstdc++.so.6  Cnt: 1
  0x0040:   Name: GLIBCXX_3.4.30  Flags: none  Version: 4
  0x0050: Version: 1  File: libc.so.6  Cnt: 3
  0x0060:   Name: GLIBC_2.34  Flags: none  Version: 3
  0x0070:   Name: GLIBC_2.3.4  Flags: none  Version: 7
  0x0080:   Name: GLIBC_2.2.5  Flags: none  Version: 2
"""


def _tool() -> ModuleType:
    """scripts/glibc_floor.py is a script, not a package module: load it by path."""
    spec = importlib.util.spec_from_file_location(
        "glibc_floor", ROOT / "scripts" / "glibc_floor.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


tool = _tool()
needs_readelf = pytest.mark.skipif(shutil.which("readelf") is None, reason="needs binutils")


def test_highest_glibc_need_and_the_library_asked() -> None:
    assert tool.highest_need(VERSION_INFO) == ((2, 34), ("libc.so.6",))


def test_versions_compare_as_numbers_not_text() -> None:
    text = VERSION_INFO.replace("GLIBC_2.34", "GLIBC_2.9")
    assert tool.highest_need(text) == ((2, 29), ("libm.so.6",))


def test_highest_libstdcxx_need() -> None:
    assert tool.highest_glibcxx(VERSION_INFO) == 30
    assert tool.highest_glibcxx(VERSION_INFO.replace("GLIBCXX_3.4.30", "GLIBCXX_3.4.9")) == 9
    assert tool.highest_glibcxx("There are no version information sections.\n") == -1


def test_a_file_without_glibc_versions_needs_nothing() -> None:
    assert tool.highest_need("There are no version information sections.\n") == ((0, 0), ())


def _bundle(tmp_path: Path) -> tuple[Path, tuple[int, int]]:
    """A folder holding one real ELF program of this machine (and a text file)."""
    folder = tmp_path / "bundle"
    (folder / "_internal").mkdir(parents=True)
    program = Path(shutil.which("true") or "/bin/true").resolve()
    shutil.copy(program, folder / "_internal" / "program")
    (folder / "README.txt").write_text("not an ELF file\n", encoding="utf-8")
    return folder, tool.glibc_need(folder / "_internal" / "program").glibc


@needs_readelf
def test_floor_of_a_folder_and_the_file_that_sets_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, need = _bundle(tmp_path)
    assert need >= (2, 2)  # every glibc program asks at least GLIBC_2.2.5
    assert tool.main([str(folder)]) == 0
    out = capsys.readouterr().out
    assert f"glibc floor: {need[0]}.{need[1]} (1 ELF files in " in out
    assert "_internal/program" in out


@needs_readelf
def test_max_fails_when_a_file_needs_more(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, need = _bundle(tmp_path)
    assert tool.main([str(folder), "--max", f"{need[0]}.{need[1]}"]) == 0
    capsys.readouterr()
    assert tool.main([str(folder), "--max", "2.1"]) == 1
    out = capsys.readouterr().out
    assert "files needing more than 2.1:" in out
    assert "_internal/program" in out


@needs_readelf
def test_glibc_itself_is_not_listed_as_a_system_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _ = _bundle(tmp_path)
    assert "libc.so.6" not in tool.system_libraries(folder)
    assert tool.main([str(folder), "--system"]) == 0
    out = capsys.readouterr().out
    assert "libraries taken from the system (0, besides glibc):" in out


def test_a_folder_without_elf_files_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "README.txt").write_text("text\n", encoding="utf-8")
    assert tool.main([str(tmp_path)]) == 2
    assert tool.main([str(tmp_path / "missing")]) == 2

"""The oldest glibc a bundle folder can run on, and the files that decide it.

    python scripts/glibc_floor.py build/familyedu-0.1.0-linux-x86_64 [--max 2.28] [--all]

Reads every ELF file under the folder (executables, libraries, Python extension modules) with
`readelf --version-info` and takes the highest GLIBC_x.y version each one asks of the C library
(libc, libm, libpthread, libdl, librt, ld-linux): a system whose glibc is older refuses to
load that file. Prints the floor (the highest of them) and the files that need more than
--max (default: print the files that set the floor). With --max, exits 1 when the floor is
above it, so a build can insist on it. --system lists the libraries the bundle expects the
system to have (needed by a bundled file, not in the bundle, not part of glibc).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
# A version need entry of readelf --version-info:  0x0010:   Name: GLIBC_2.34  Flags: none ...
GLIBC_NEED = re.compile(r"Name:\s+GLIBC_(\d+)\.(\d+)(?:\.(\d+))?\b")
# The same for the C++ runtime, which the bundle takes from the system when it leaves
# libstdc++ out:  Name: GLIBCXX_3.4.22
GLIBCXX_NEED = re.compile(r"Name:\s+GLIBCXX_3\.4\.(\d+)\b")
# The file that a group of needs is asked of:  0x0000: Version: 1  File: libc.so.6  Cnt: 9
NEED_FILE = re.compile(r"File:\s+(\S+)")
# An undefined dynamic symbol with its version:  UND pthread_create@GLIBC_2.34 (6)
UNDEFINED = re.compile(r"\bUND\s+([^@\s]+)@GLIBC_(\d+)\.(\d+)")

# A needed library in readelf --dynamic:  0x0000000000000001 (NEEDED)  Shared library: [libc.so.6]
NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")
# Part of glibc: always the system's own.
GLIBC_LIBS = re.compile(
    r"^(libc|libm|libdl|libpthread|librt|libutil|libresolv|libanl|libnsl|libcrypt)\.so\.\d+$"
    r"|^ld-linux-x86-64\.so\.2$"
)

Version = tuple[int, int]


@dataclass(frozen=True)
class ElfNeed:
    path: Path
    glibc: Version  # (0, 0) when the file asks no versioned glibc symbol
    soname_files: tuple[str, ...]  # which glibc libraries the highest version is asked of


def is_elf(path: Path) -> bool:
    if not path.is_file() or path.is_symlink():
        return False
    with path.open("rb") as fh:
        return fh.read(4) == ELF_MAGIC


def highest_need(version_info: str) -> tuple[Version, tuple[str, ...]]:
    """The highest GLIBC_x.y in `readelf --version-info` output, and the libraries asked."""
    best: Version = (0, 0)
    files: set[str] = set()
    current_file = ""
    in_needs = False
    for line in version_info.splitlines():
        if line.startswith("Version needs section"):
            in_needs = True
            continue
        if line.startswith("Version "):
            in_needs = False  # the symbols or the definitions section
        if not in_needs:
            continue
        file_match = NEED_FILE.search(line)
        if file_match:
            current_file = file_match.group(1)
            continue
        match = GLIBC_NEED.search(line)
        if match:
            version = (int(match.group(1)), int(match.group(2)))
            if version > best:
                best, files = version, {current_file}
            elif version == best:
                files.add(current_file)
    return best, tuple(sorted(files))


def highest_glibcxx(version_info: str) -> int:
    """N of the highest GLIBCXX_3.4.N in `readelf --version-info` output, -1 for none."""
    return max((int(n) for n in GLIBCXX_NEED.findall(version_info)), default=-1)


def glibcxx_floor(folder: Path) -> tuple[int, list[Path]]:
    """The highest GLIBCXX_3.4.N that the bundle's files ask of a libstdc++, and who asks."""
    best, who = -1, []
    for path in folder.rglob("*"):
        if not is_elf(path) or path.name.startswith("libstdc++.so"):
            continue
        out = subprocess.run(["readelf", "--version-info", "--wide", str(path)],
                             capture_output=True, text=True, check=False).stdout
        need = highest_glibcxx(out)
        if need > best:
            best, who = need, [path]
        elif need == best and need >= 0:
            who.append(path)
    return best, sorted(who)


def glibc_need(path: Path) -> ElfNeed:
    """The highest GLIBC_x.y that `path` needs, from its version-needs section."""
    out = subprocess.run(
        ["readelf", "--version-info", "--wide", str(path)],
        capture_output=True, text=True, check=False,
    ).stdout
    version, files = highest_need(out)
    return ElfNeed(path, version, files)


def symbols_above(path: Path, limit: Version) -> list[str]:
    """The C library functions `path` uses that need a glibc newer than `limit`."""
    out = subprocess.run(
        ["readelf", "--dyn-syms", "--wide", str(path)],
        capture_output=True, text=True, check=False,
    ).stdout
    found = {
        f"{m.group(1)}@{m.group(2)}.{m.group(3)}"
        for m in UNDEFINED.finditer(out)
        if (int(m.group(2)), int(m.group(3))) > limit
    }
    return sorted(found)


def system_libraries(folder: Path) -> dict[str, list[str]]:
    """Library -> the bundled files that need it, for libraries not in the bundle nor glibc."""
    present = {path.name for path in folder.rglob("*") if path.is_file() or path.is_symlink()}
    wanted: dict[str, list[str]] = {}
    for path in folder.rglob("*"):
        if not is_elf(path):
            continue
        out = subprocess.run(["readelf", "--dynamic", "--wide", str(path)],
                             capture_output=True, text=True, check=False).stdout
        for name in NEEDED.findall(out):
            if name not in present and not GLIBC_LIBS.match(name):
                wanted.setdefault(name, []).append(str(path.relative_to(folder)))
    return dict(sorted(wanted.items()))


def scan(folder: Path) -> list[ElfNeed]:
    return sorted(
        (glibc_need(path) for path in folder.rglob("*") if is_elf(path)),
        key=lambda need: (need.glibc, str(need.path)),
        reverse=True,
    )


def parse_version(text: str) -> Version:
    major, _, minor = text.partition(".")
    return int(major), int(minor or 0)


def show(version: Version) -> str:
    return f"{version[0]}.{version[1]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the unpacked bundle folder")
    parser.add_argument("--max", type=parse_version, default=None,
                        help="the glibc the bundle must run on, e.g. 2.28: list the files "
                             "that need more, exit 1 if any does")
    parser.add_argument("--all", action="store_true", help="list every ELF file's need")
    parser.add_argument("--system", action="store_true",
                        help="also list the libraries the bundle takes from the system")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"not a folder: {args.folder}", file=sys.stderr)
        return 2
    needs = scan(args.folder)
    if not needs:
        print(f"no ELF files under {args.folder}", file=sys.stderr)
        return 2
    floor = needs[0].glibc
    print(f"glibc floor: {show(floor)} ({len(needs)} ELF files in {args.folder})")
    # What makes a file need more: with --max, what is above it; otherwise the floor itself.
    limit = args.max if args.max is not None else (floor[0], floor[1] - 1)
    if args.all:
        listed = needs
    elif args.max is not None:
        listed = [need for need in needs if need.glibc > args.max]
    else:
        listed = [need for need in needs if need.glibc == floor]
    if listed:
        title = "every file" if args.all else (
            f"files needing more than {show(args.max)}" if args.max is not None
            else "files that set it")
        print(f"{title}:")
        for need in listed:
            via = f"  (from {', '.join(need.soname_files)})" if need.soname_files else ""
            print(f"  {show(need.glibc):>5}  {need.path.relative_to(args.folder)}{via}")
            if need.glibc > limit:
                symbols = symbols_above(need.path, limit)
                shown = ", ".join(symbols[:6]) + (f" and {len(symbols) - 6} more"
                                                  if len(symbols) > 6 else "")
                print(f"         for {shown}")
    if args.system:
        cxx, askers = glibcxx_floor(args.folder)
        if cxx >= 0:
            bundled = any(args.folder.rglob("libstdc++.so*"))
            where = "the bundled" if bundled else "the system's"
            print(f"C++ runtime: {where} libstdc++ must provide GLIBCXX_3.4.{cxx} "
                  f"(asked by {askers[0].relative_to(args.folder)}"
                  + (f" and {len(askers) - 1} more)" if len(askers) > 1 else ")"))
        wanted = system_libraries(args.folder)
        print(f"libraries taken from the system ({len(wanted)}, besides glibc):")
        for name, users in wanted.items():
            more = f" and {len(users) - 1} more" if len(users) > 1 else ""
            print(f"  {name}  (for {users[0]}{more})")
    return 1 if args.max is not None and floor > args.max else 0


if __name__ == "__main__":
    sys.exit(main())

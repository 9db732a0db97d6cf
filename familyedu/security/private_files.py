"""Files that hold children's data: written whole, readable by their owner only, and never
over the database, its journal files or its key file.

Every command that writes a file the user named (backup, export, letters, statistics,
decrypt-export, restore) asks `refuse_database_files` first: the target is compared with the
live files by resolved path (through symlinks, `..` and a URL spelled differently) and, where
both exist, by identity (a hard link). The platform-specific bit (file modes) lives in
familyedu.platform.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from familyedu import platform
from familyedu.errors import ServiceError

KEY_FILE_SUFFIX = ".keys.json"  # familyedu.security.keyfile.SUFFIX (imported there from here)


class ProtectedFile(ServiceError):
    """A target that is the live database, one of its journal files or its key file."""

    def __init__(self, target: Path) -> None:
        super().__init__(f"{target} is the center's database or its key file: "
                         "choose another file name (nothing was written)")
        self.target = target


def database_files(database: Path | None) -> list[Path]:
    """The database, its -wal/-shm/-journal and its key file, resolved."""
    if database is None:
        return []
    base = Path(os.path.abspath(database.expanduser())).resolve()
    names = [base.name, base.name + "-wal", base.name + "-shm", base.name + "-journal",
             base.name + KEY_FILE_SUFFIX]
    return [base.with_name(name) for name in names]


def refuse_database_files(target: Path, database: Path | None) -> None:
    """Raise ProtectedFile if writing `target` would write over one of the live files."""
    if database is None:
        return
    resolved = Path(os.path.abspath(Path(target).expanduser())).resolve()
    for live in database_files(database):
        if resolved == live:
            raise ProtectedFile(Path(target))
        with contextlib.suppress(OSError):
            if resolved.exists() and live.exists() and os.path.samefile(resolved, live):
                raise ProtectedFile(Path(target))


def write_private(path: Path, data: bytes) -> None:
    """Write beside the target (owner-only), flush to disk, then rename: old or new, never half."""
    path = Path(path)
    temp = path.with_name(f".{path.name}.partial-{os.getpid()}-{os.urandom(4).hex()}")
    try:
        fd = platform.open_private_file(temp)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def make_private(path: Path) -> None:
    """An existing file (the database a driver created) readable by its owner only."""
    with contextlib.suppress(FileNotFoundError):
        platform.restrict_to_owner(path)

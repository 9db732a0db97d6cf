"""Everything that differs between Linux and Windows, in one place.

Where the user's data goes, which folders hold system fonts, how a file is made readable by its
owner only, and whether a path lies on a network share. Every other module asks here instead
of looking at `sys.platform` or `os.name` itself, so a port (or a fix for one desktop) touches
this file alone. Linux is tested on the project's machines; the Windows branches are written
to the documented APIs but have not been run (see README, "Windows").
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "familyedu"
WINDOWS = sys.platform == "win32"
MOUNTINFO = Path("/proc/self/mountinfo")

# File systems on which SQLite's locking cannot be trusted (sqlite.org/useovernet.html).
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs",
    "fuse.sshfs", "fuse.glusterfs", "fuse.cephfs", "fuse.rclone", "fuse.davfs", "davfs",
    "fuse.smbnetfs", "fuse.gvfsd-fuse", "lustre", "gpfs", "ocfs2",
})


# -- folders ----------------------------------------------------------------------------------

def user_data_dir() -> Path:
    """~/.local/share/familyedu on Linux, %LOCALAPPDATA%\\familyedu on Windows."""
    return Path(platformdirs.user_data_dir(APP_NAME, False))


def system_font_dirs() -> list[Path]:
    """Folders where the desktop's own fonts are (Windows' SimSun/FangSong/SimHei first)."""
    dirs = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    dirs += [Path("/usr/share/fonts/truetype/hanazono"), Path.home() / ".fonts",
             Path.home() / ".local/share/fonts", Path.home() / "Library/Fonts"]
    return dirs


# -- permissions ------------------------------------------------------------------------------

def make_private_dir(path: Path) -> Path:
    """Create `path` (and parents) readable by its owner only where the system has modes.

    On Windows a folder under the user's profile is already private to them (its ACL), and
    chmod can only set the read-only flag, so nothing more is done there.
    """
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not WINDOWS:
        with contextlib.suppress(OSError):  # a file system without Unix permissions (FAT)
            path.chmod(0o700)
    return path


def open_private_file(path: Path) -> int:
    """A file descriptor for writing `path` afresh, readable by its owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                 0o600)
    if hasattr(os, "fchmod"):  # an old file keeps its mode through O_TRUNC
        os.fchmod(fd, 0o600)
    return fd


def restrict_to_owner(path: Path) -> None:
    """Make an existing file readable by its owner only (no-op on Windows, see above)."""
    if not WINDOWS:
        os.chmod(path, 0o600)


def read_only_place(path: Path) -> bool:
    """The file (or the folder a new one would go in) cannot be written to: a read-only
    mount (statvfs, not on Windows) or missing write permission."""
    target = path if path.exists() else path.parent
    statvfs = getattr(os, "statvfs", None)  # not on Windows, where os.access tells
    try:
        if statvfs is not None and statvfs(target).f_flag & os.ST_RDONLY:
            return True
        return not os.access(target, os.W_OK)
    except OSError:
        return False


# -- network shares ---------------------------------------------------------------------------

def _unescape_mount_path(field: str) -> str:
    # mountinfo writes space, tab, newline and backslash as octal escapes (\040 ...).
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and field[i + 1:i + 4].isdigit() and i + 4 <= len(field):
            out.append(chr(int(field[i + 1:i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def mounts(mountinfo: str) -> list[tuple[str, str]]:
    """(mount point, file-system type) of each line of a /proc/<pid>/mountinfo text."""
    found = []
    for line in mountinfo.splitlines():
        before, sep, after = line.partition(" - ")
        fields = before.split()
        if not sep or len(fields) < 5 or not after.split():
            continue
        found.append((_unescape_mount_path(fields[4]), after.split()[0]))
    return found


def _existing(path: Path) -> Path:
    """The path itself, or the nearest folder above it that exists (a file not made yet)."""
    path = Path(os.path.abspath(path))
    while not path.exists() and path.parent != path:
        path = path.parent
    return path.resolve()


def linux_filesystem(path: Path, mountinfo: str) -> str | None:
    """The type of the file system `path` is on, from a mountinfo text (the deepest mount)."""
    target = str(_existing(path))
    best: tuple[int, str] | None = None
    for point, fstype in mounts(mountinfo):
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= best[0]):
            best = (len(point), fstype)
    return best[1] if best else None


def _windows_network_drive(path: Path) -> str | None:
    text = os.path.abspath(path)
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return "smb"  # a UNC path: \\server\share\...
    import ctypes

    drive = os.path.splitdrive(text)[0]
    if not drive:
        return None
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return None
    drive_remote = 4  # GetDriveTypeW: DRIVE_REMOTE, a mapped network drive
    return "smb" if windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote else None


def network_filesystem(path: Path, mountinfo: str | None = None) -> str | None:
    """The network file-system type `path` lies on ("nfs4", "cifs", "smb" ...), else None.

    Linux reads /proc/self/mountinfo (or the text given, for tests); Windows asks whether the
    drive is a network drive or the path a UNC share; elsewhere the answer is None.
    """
    if WINDOWS:
        return _windows_network_drive(path)
    if mountinfo is None:
        try:
            mountinfo = MOUNTINFO.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None  # not Linux, or /proc not mounted: nothing to go by
    fstype = linux_filesystem(path, mountinfo)
    return fstype if fstype in NETWORK_FILESYSTEMS else None

"""Turn the typed errors of the services and the database into text in the user's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from familyedu import __version__
from familyedu.errors import (
    AuthenticationFailed,
    DatabaseError,
    DatabaseTooNew,
    FieldError,
    NotFound,
    PermissionDenied,
    PossibleDuplicate,
    ServiceError,
    StaleRecord,
    ValidationError,
)
from familyedu.security.private_files import ProtectedFile

_CONTEXT = "ServiceErrors"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def field_error_text(error: FieldError) -> str:
    """One field's message, translated, with its {placeholders} filled in afterwards."""
    text = QCoreApplication.translate("Validation", error.message)
    try:
        return text.format(**error.params)
    except (KeyError, IndexError, ValueError):
        # A translation with a broken placeholder must not hide the message entirely.
        return error.english()


def field_errors(exc: ValidationError) -> dict[str, str]:
    """Field name -> translated message; the first message for a field wins."""
    out: dict[str, str] = {}
    for error in exc.errors:
        out.setdefault(error.field, field_error_text(error))
    return out


def _wait_text(seconds: int) -> str:
    if seconds >= 60:
        minutes = (seconds + 59) // 60
        return QCoreApplication.translate(
            _CONTEXT, "Too many wrong passwords. Try again in %n minute(s).", "", minutes)
    return QCoreApplication.translate(
        _CONTEXT, "Too many wrong passwords. Try again in %n second(s).", "", max(1, seconds))


def authentication_text(exc: AuthenticationFailed) -> str:
    if exc.reason == "locked":
        return _wait_text(exc.retry_after_seconds)
    if exc.reason == "account_disabled":
        return _tr("This account is disabled. Ask your administrator.")
    if exc.reason == "wrong_credentials":
        return _tr("The user name or the password is not right.")
    if exc.reason == "password_change_required":
        return _tr("Your password was reset. Choose a new password before doing anything else.")
    if exc.reason == "account_changed":
        return _tr("Your account was changed by the administrator. Sign in again.")
    return _tr("You could not be signed in.")


def database_text(exc: DatabaseError) -> str:
    """The reason codes of familyedu.db (and of the encryption layer) in plain words."""
    if isinstance(exc, DatabaseTooNew) and exc.version:
        return _tr("This database was brought up to date by familyedu {version}, newer than "
                   "this familyedu ({ours}). Use familyedu {version} or newer to open it; it "
                   "has not been changed.").format(version=exc.version, ours=__version__)
    if isinstance(exc, DatabaseTooNew) or exc.reason == "database_too_new":
        return _tr("This database was last used by a newer version of familyedu. "
                   "Install the newer version to open it; it has not been changed.")
    if exc.reason == "network_share":
        return _tr("The database file is on a network share ({kind}). Over the network, "
                   "SQLite's file locking does not work, and desks sharing one file "
                   "corrupt it, so familyedu does not open it there. Keep the file on this "
                   "computer's own disk; for several desks, set up a PostgreSQL server "
                   "(user guide: Several desks).").format(kind=exc.detail or "?")
    texts = {**_file_texts(), **_storage_texts()}
    return texts.get(exc.reason, _tr("The database cannot be used right now."))


def _file_texts() -> dict[str, str]:
    """Reasons about the database file itself: which file, its key, its set-up."""
    damaged = _tr("This file is not a familyedu database, or it is damaged.")
    key_file = _tr("The key file beside the database is missing or damaged, so the "
                   "database cannot be unlocked. Restore it from a backup.")
    return {
        "upgrade_failed": _tr("The database could not be brought up to date. "
                              "Nothing was changed; a copy was kept beside it."),
        "memory_not_supported": _tr("A database in memory cannot be used; choose a file."),
        "wrong_key": _tr("The database could not be unlocked with this password."),
        "key_file_mismatch": _tr("The key file does not belong to this database."),
        "key_file_missing": key_file,
        "key_file_damaged": key_file,
        "key_file_too_new": _tr("The key file was written by a newer version of familyedu."),
        "needs_unlock": _tr("The database is locked: sign in first."),
        "not_encrypted": _tr("This database file is not encrypted; familyedu refuses to "
                             "keep children's data in a plain file."),
        "already_set_up": _tr("This database has already been set up. Sign in instead."),
        "not_a_database": damaged,
        "not_sqlite": damaged,
        "corrupt": damaged,
    }


def _storage_texts() -> dict[str, str]:
    """Reasons about where the database lives: the disk, another program, the server."""
    busy = _tr("The database is busy in another program. Try again in a moment.")
    return {
        "locked": busy,
        "busy": busy,
        "read_only": _tr("The database cannot be written to. Check the file's permissions "
                         "or the disk."),
        "disk_full": _tr("The disk is full. Free some space and try again."),
        "missing": _tr("The database file or its folder was not found. "
                       "Is a removable disk or network drive missing?"),
        "io_error": _tr("The disk could not be read or written. Check the disk and try again."),
        "unreachable": _tr("The database server cannot be reached. "
                           "Check the network and try again."),
        "server_gone": _tr("The connection to the database server was lost. "
                           "Nothing of the last action was saved; try again."),
        "connection_lost": _tr("The connection to the database was lost. Try again."),
        "unavailable": _tr("The database is busy or cannot be reached. Nothing was saved; "
                           "try again."),
        "refused": _tr("The database refused the change. Nothing was saved."),
    }


def error_text(exc: BaseException) -> str:
    """A sentence for the user about any error a service, the database or the code raised."""
    if isinstance(exc, ValidationError):
        return "\n".join(field_error_text(e) for e in exc.errors)
    if isinstance(exc, AuthenticationFailed):
        return authentication_text(exc)
    if isinstance(exc, PermissionDenied):
        return _tr("You are not allowed to do this. The attempt was recorded.")
    if isinstance(exc, StaleRecord):
        return _tr("Someone else changed this record after you opened it. "
                   "Reload it to see their changes, then apply yours again.")
    if isinstance(exc, NotFound):
        return _tr("This record no longer exists. It may have been removed by someone else.")
    if isinstance(exc, PossibleDuplicate):
        return QCoreApplication.translate(
            _CONTEXT, "%n registered minor(s) may be the same person.", "",
            len(exc.candidates))
    if isinstance(exc, DatabaseError):
        return database_text(exc)
    if isinstance(exc, ProtectedFile):
        return _tr("This file is the center's database or its key file. Choose another file "
                   "name; nothing was written.")
    if isinstance(exc, ServiceError):
        return _tr("The action could not be completed.")
    if isinstance(exc, MemoryError):
        return _tr("The computer ran out of memory.")
    if isinstance(exc, ImportError):
        # An installation that lacks part of familyedu: name the part, so the person who
        # installs it knows what to fix (the log has the rest).
        part = exc.name or str(exc)
        return _tr("A component of familyedu is missing: {name}. Install familyedu again "
                   "(or ask whoever installed it); your data is not affected.").format(name=part)
    if isinstance(exc, FileNotFoundError) and exc.filename:
        return _tr("A file familyedu needs was not found: {name}. Install familyedu again "
                   "(or ask whoever installed it); your data is not affected.").format(
                       name=Path(str(exc.filename)).name)
    if isinstance(exc, OSError):
        return _tr("A file could not be read or written.")
    return _tr("Something went wrong. What you typed is still there; "
               "the problem was written to the log.")

"""The files familyedu ships: fonts, translations and letter wording, found in one place.

They live inside the package (so a wheel or a frozen bundle carries them) and are found through
importlib.resources; FAMILYEDU_RESOURCES points somewhere else (a frozen build's own folder, a
center's customised copy). Nothing below this module knows where the files are.
"""

from __future__ import annotations

import os
from functools import cache
from importlib import resources as _importlib_resources
from pathlib import Path

OVERRIDE_ENV = "FAMILYEDU_RESOURCES"


@cache
def _packaged_root() -> Path:
    # A regular install (wheel, editable, PyInstaller one-folder) keeps the files on disk, so
    # the Traversable is a real path; fonts and Qt need file names, not streams.
    return Path(str(_importlib_resources.files(__name__)))


def resources_root() -> Path:
    """The folder holding fonts/, i18n/ and letters/."""
    override = os.environ.get(OVERRIDE_ENV)
    return Path(override) if override else _packaged_root()


def resource_path(*parts: str) -> Path:
    """A shipped file or folder, e.g. resource_path("letters", "zh_CN", "labels.toml")."""
    return resources_root().joinpath(*parts)

"""Open and save dialogs start in the documents folder, then where the user last went."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from familyedu.ui import file_dialogs


def test_first_in_documents_then_the_last_folder_used(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: documents)
    offered: list[str] = []
    answers = [str(tmp_path / "letters" / "2026-0001.pdf"), ""]
    (tmp_path / "letters").mkdir()

    def ask(_parent: object, _title: str, start: str, _filters: str) -> tuple[str, str]:
        offered.append(start)
        return answers.pop(0), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    chosen = file_dialogs.save_path(None, "Save as PDF", "2026-0001.pdf", "PDF (*.pdf)")
    assert chosen == tmp_path / "letters" / "2026-0001.pdf"
    assert offered == [str(documents / "2026-0001.pdf")]
    assert file_dialogs.save_path(None, "Save as PDF", "x.pdf", "PDF (*.pdf)") is None
    assert offered[1] == str(tmp_path / "letters" / "x.pdf")  # where the last one went

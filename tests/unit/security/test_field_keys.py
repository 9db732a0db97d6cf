"""Field-level keys (issue 12): a counselor's password and a copy of the files open neither
sealed children's records nor other counselors' private notes; the people allowed to read
them still can, through every path, and keys follow accounts as they change."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import inspect, select, text, update

from familyedu import startup
from familyedu.cli import main
from familyedu.errors import PossibleDuplicate, ValidationError
from familyedu.models import (
    Center,
    GuidanceSession,
    KeyGrant,
    LetterKind,
    SealedFields,
    User,
    UserKey,
)
from familyedu.models.enums import Attendance, SessionMode
from familyedu.security import field_keys
from familyedu.security.crypto import DecryptionFailed
from familyedu.services import Services
from familyedu.services.casework.dto import CaseQuery, SessionInput
from familyedu.services.core import field_crypto
from tests.conftest import (
    CHEAP_KDF,
    PASSWORD,
    World,
    court_order,
    fixed_clock,
    give_contact_details,
    guardian_inputs,
    minor_input,
    open_case,
)
from tests.unit.security.conftest import EncryptedCenter
from tests.unit.services.test_letters import pdf_text

ID_NUMBER = "520102201403070013"
LI_NOTE = "父亲酗酒，孩子害怕回家（李老师的私人记录）"
ZHAO_NOTE = "赵老师的私人记录：母亲有抑郁倾向"
PHONE = guardian_inputs()[0].phone
OCTOBER = {"period_start": date(2026, 10, 1), "period_end": date(2026, 10, 31)}


def _log(services: Services, case_id: int, note: str) -> int:
    return services.sessions.log(case_id, SessionInput(
        held_at=datetime(2026, 10, 8, 9), duration_minutes=60, mode=SessionMode.CENTER,
        attendance=Attendance.ATTENDED, private_notes=note)).id


def _every_stored_text(url_db: startup.Database) -> str:
    """What SQL tools show someone holding the database key: every table but the audit
    trail, whose entries written before a record was sealed keep what they recorded."""
    parts = []
    with url_db.engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            if table == "audit_events" or table.startswith("case_search"):
                continue
            for row in conn.execute(text(f"SELECT * FROM {table}")):
                parts.extend(f"{table}: {v}" for v in row)
    return "\n".join(parts)


def test_a_counselors_password_and_the_files_open_no_sealed_record_nor_others_notes(
        encrypted: EncryptedCenter) -> None:
    give_contact_details(encrypted.admin.db, encrypted.admin.actor.center_id)
    li = encrypted.sign_in("li").services()
    zhao = encrypted.sign_in("zhao").services()
    sealed_case = open_case(li, resident_id=ID_NUMBER)
    _log(li, sealed_case, LI_NOTE)
    before_sealing = li.letters.issue(sealed_case, LetterKind.GUARDIAN, **OCTOBER)
    zhao_case = open_case(zhao, name="王小红", resident_id=None, school="县第三小学")
    _log(zhao, zhao_case, ZHAO_NOTE)
    sup = encrypted.sign_in("sup").services()
    sup.minors.set_sealed(li.cases.get(sealed_case).minor.id, True, "法院封存决定")
    sup.cases.grant_sealed_access("法院要求复印")
    after_sealing = sup.letters.issue(sealed_case, LetterKind.AUTHORITY, **OCTOBER)

    # The attack: li's password unlocks the key file, and SQL tools read the whole file.
    stolen = startup.open_database(encrypted.url, username="li", password=PASSWORD)
    dump = _every_stored_text(stolen)
    # (Both children's guardians share the test's phone number: it stays, in zhao's case.)
    for secret in ("张小明", ID_NUMBER, "城关第二小学", LI_NOTE, ZHAO_NOTE):
        assert secret not in dump, [x[:120] for x in dump.splitlines() if secret in x]
    # ... and li's own key pair opens li's grants, none of which reads the sealed record
    # or zhao's notes.
    with stolen.read() as s:
        user = s.scalar(select(User).where(User.username == "li"))
        assert user is not None
        keyring = field_crypto.unlock(s, user, PASSWORD, CHEAP_KDF, fixed_clock())
        assert not any(n.startswith("sealed/") for n in keyring.names())
        sealed = s.scalars(select(SealedFields.fields)).one()
        zhao_stored = s.scalars(select(GuidanceSession.private_notes).where(
            GuidanceSession.case_id == zhao_case)).one()
    for key in filter(None, map(keyring.get, keyring.names())):
        with pytest.raises(DecryptionFailed):
            field_keys.decrypt_field(key, "sealed_fields", sealed)
        with pytest.raises(DecryptionFailed):
            field_keys.decrypt_field(key, "private_notes", zhao_stored)
    assert field_crypto.read_note(keyring, zhao_stored) is None
    stolen.dispose()

    # Through the app, those allowed still read everything (the supervisor with a reason),
    # the letters of the register too, byte for byte.
    for issued in (before_sealing, after_sealing):
        assert sup.letters.reprint(issued.reference) == issued.pdf
    assert sup.minors.get(zhao.cases.get(zhao_case).minor.id).name == "王小红"
    sealed_view = sup.cases.open(sealed_case)
    assert (sealed_view.minor.name, sealed_view.minor.resident_id) == ("张小明", ID_NUMBER)
    assert [x.private_notes for x in sup.sessions.for_case(sealed_case)] == [LI_NOTE]
    assert [x.private_notes for x in zhao.sessions.for_case(zhao_case)] == [ZHAO_NOTE]


def test_the_sealed_record_is_read_edited_and_unsealed_through_the_services(
        world: World) -> None:
    case_id = open_case(world.mine, resident_id=ID_NUMBER)
    minor_id = world.mine.cases.get(case_id).minor.id
    world.sup.minors.set_sealed(minor_id, True, "法院封存决定")
    with world.db.read() as s:
        stored = s.execute(select(text("name, resident_id, school FROM minors"))).one()
        assert tuple(stored) == (field_crypto.SEALED_NAME, None, "")
    sup = world.sup
    sup.cases.grant_sealed_access("复核")
    view = sup.minors.get(minor_id)
    assert (view.name, view.school) == ("张小明", "城关第二小学")
    assert view.guardians[0].phone == PHONE
    edited = sup.minors.update(minor_id, view.version, minor_input(
        resident_id=ID_NUMBER, school="县第一中学"))
    assert edited.school == "县第一中学"
    with world.db.read() as s:
        assert s.scalar(text("SELECT school FROM minors")) == ""
        # The audit entry of that edit keeps that the school changed, not the schools.
        details = s.scalar(text("SELECT details FROM audit_events WHERE action = 'update' "
                                "AND entity_type = 'minor' ORDER BY id DESC LIMIT 1"))
    assert "县第一中学" not in details
    assert field_crypto.REDACTED in details
    assert sup.minors.get(minor_id).school == "县第一中学"
    letter = sup.letters.preview(case_id, LetterKind.GUARDIAN,
                                 period_start=datetime(2026, 10, 1).date(),
                                 period_end=datetime(2026, 10, 31).date())
    assert "张小明" in pdf_text(letter)  # the letter names the child, not the placeholder
    sup.minors.set_sealed(minor_id, False, "封存期满")
    assert world.mine.minors.get(minor_id).school == "县第一中学"
    assert world.mine.cases.page(CaseQuery(text="张小明")).total == 1
    with world.db.read() as s:
        assert s.scalar(select(SealedFields.minor_id)) is None


def test_the_duplicate_and_id_checks_still_notice_a_sealed_child(world: World) -> None:
    case_id = open_case(world.mine, resident_id=ID_NUMBER)
    world.sup.minors.set_sealed(world.mine.cases.get(case_id).minor.id, True, "封存")
    with pytest.raises(ValidationError) as by_id:
        world.theirs.cases.open_new(minor_input(resident_id=ID_NUMBER, name="张晓明"),
                                    guardian_inputs(), court_order())
    assert by_id.value.field == "resident_id"
    assert "张" not in str(by_id.value.params)
    with pytest.raises(ValidationError) as by_name:
        world.theirs.cases.open_new(minor_input(resident_id=None), guardian_inputs(),
                                    court_order())
    assert by_name.value.message == "A possible duplicate exists: ask your supervisor."
    # The supervisor with a reason is shown the child, by name.
    sup = world.sup  # one signed-in session
    sup.cases.grant_sealed_access("核对重复登记")
    with pytest.raises(PossibleDuplicate) as shown:
        sup.cases.open_new(minor_input(resident_id=None), guardian_inputs(),
                                 court_order())
    assert [c.name for c in shown.value.candidates] == ["张小明"]


def test_notes_follow_the_case_and_the_accounts(world: World) -> None:
    case_id = open_case(world.mine)
    _log(world.mine, case_id, LI_NOTE)
    # Handed to zhao: the notes are encrypted anew for zhao, and li no longer holds them.
    world.sup.cases.reassign(case_id, world.other_counselor.user_id)
    assert [x.private_notes for x in world.theirs.sessions.for_case(case_id)] == [LI_NOTE]
    # zhao forgets the password: the administrator's reset makes a new key pair, so the
    # notes wait (kept, not lost) until a supervisor signs in and renews zhao's grant.
    admin = world.services(world.admin)
    admin.users.reset_password(world.other_counselor.user_id, "另一个很长的新密码2026")
    with world.db.uow() as s:
        s.execute(update(User).values(must_change_password=False))
        zhao = s.get(User, world.other_counselor.user_id)
        assert zhao is not None
        fresh = field_crypto.unlock(s, zhao, "另一个很长的新密码2026", CHEAP_KDF, fixed_clock())
    after_reset = world.services(world.other_counselor.__class__(
        zhao_id := world.other_counselor.user_id, "zhao", "赵老师",
        world.other_counselor.role, world.other_counselor.center_id, keyring=fresh))
    [locked] = after_reset.sessions.for_case(case_id)
    assert (locked.private_notes, locked.private_notes_locked) == ("", True)
    # Saving the session with the notes it could not read keeps them.
    after_reset.sessions.update(locked.id, locked.version, SessionInput(
        held_at=locked.held_at, duration_minutes=90, mode=locked.mode,
        attendance=locked.attendance, private_notes=""))
    with world.db.uow() as s:
        supervisor = s.get(User, world.supervisor.user_id)
        assert supervisor is not None
        field_crypto.settle_at_sign_in(s, supervisor, world.supervisor.keyring, CHEAP_KDF,
                                       fixed_clock())
    [opened] = after_reset.sessions.for_case(case_id)
    assert (opened.private_notes, opened.duration_minutes) == (LI_NOTE, 90)
    # A disabled account keeps no key pair and no grant.
    admin.users.set_active(zhao_id, False)
    with world.db.read() as s:
        assert s.scalar(select(UserKey).where(UserKey.user_id == zhao_id)) is None
        assert s.scalar(select(KeyGrant).where(KeyGrant.user_id == zhao_id)) is None


def test_an_upgraded_center_is_encrypted_at_the_next_sign_in(world: World) -> None:
    case_id = open_case(world.mine)
    _log(world.mine, case_id, LI_NOTE)
    minor_id = world.mine.cases.get(case_id).minor.id
    # As an older version left it: notes in the clear, a record sealed without encryption.
    with world.db.uow() as s:
        s.execute(update(GuidanceSession).values(private_notes=LI_NOTE))
        s.execute(text("UPDATE minors SET sealed = :t WHERE id = :m"),
                  {"t": True, "m": minor_id})
        s.execute(update(Center).values(clear_fields_left=True))
    startup_sign_in = startup.sign_in(world.db, "sup", PASSWORD)
    with world.db.read() as s:
        assert s.scalar(select(GuidanceSession.private_notes)).startswith(field_keys.PREFIX)
        assert s.scalar(text("SELECT name FROM minors")) == field_crypto.SEALED_NAME
        assert json.loads(json.dumps(s.scalar(select(Center.clear_fields_left)))) is False
    sup = startup_sign_in.services()
    sup.cases.grant_sealed_access("复核")
    assert sup.minors.get(minor_id).name == "张小明"
    assert [x.private_notes for x in sup.sessions.for_case(case_id)] == [LI_NOTE]


def test_the_recovery_code_brings_back_keys_whose_only_holder_lost_them(
        encrypted: EncryptedCenter, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    li = encrypted.sign_in("li").services()
    case_id = open_case(li)
    sup = encrypted.sign_in("sup").services()
    sup.minors.set_sealed(li.cases.get(case_id).minor.id, True, "法院封存决定")
    # The center's only supervisor forgets the password; the administrator resets it.
    encrypted.admin.services().users.reset_password(encrypted.user_ids["sup"],
                                                   "另一个很长的新密码2026")
    with encrypted.admin.db.uow() as s:
        s.execute(update(User).values(must_change_password=False))
    again = encrypted.sign_in("sup", "另一个很长的新密码2026").services()
    again.cases.grant_sealed_access("复核")
    assert again.cases.open(case_id).minor.name == field_crypto.SEALED_NAME  # unreadable

    monkeypatch.setenv("FAMILYEDU_USER", "admin")
    monkeypatch.setenv("FAMILYEDU_PASSWORD", PASSWORD)
    monkeypatch.setenv("FAMILYEDU_RECOVERY_CODE", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF")
    assert main(["--db", encrypted.url, "restore-keys"]) == 2
    assert "the recovery code is not right" in capsys.readouterr().err
    code = encrypted.admin.recovery_code
    assert code is not None
    monkeypatch.setenv("FAMILYEDU_RECOVERY_CODE", code.lower())  # as typed
    assert main(["--db", encrypted.url, "restore-keys"]) == 0
    assert "granted again" in capsys.readouterr().out
    restored = encrypted.sign_in("sup", "另一个很长的新密码2026").services()
    restored.cases.grant_sealed_access("复核")
    assert restored.cases.open(case_id).minor.name == "张小明"


def test_a_large_upgrade_is_encrypted_over_several_sign_ins(world: World) -> None:
    case_id = open_case(world.mine)
    for day in (8, 9, 10):
        world.mine.sessions.log(case_id, SessionInput(
            held_at=datetime(2026, 10, day, 9), duration_minutes=60, mode=SessionMode.CENTER,
            attendance=Attendance.ATTENDED, private_notes=f"{day}日记录"))
    with world.db.uow() as s:
        s.execute(text("UPDATE guidance_sessions SET private_notes = 'plain ' || id"))
        s.execute(update(Center).values(clear_fields_left=True))

    def plain_left() -> int:
        with world.db.read() as s:
            return len([n for n in s.scalars(select(GuidanceSession.private_notes))
                        if not n.startswith(field_keys.PREFIX)])

    for expected_left, flag in ((1, True), (0, False)):
        with world.db.uow() as s:
            supervisor = s.get(User, world.supervisor.user_id)
            assert supervisor is not None
            field_crypto.settle_at_sign_in(s, supervisor, world.supervisor.keyring,
                                           CHEAP_KDF, fixed_clock(), batch=2)
            assert s.scalar(select(Center.clear_fields_left)) is flag
        assert plain_left() == expected_left


def test_a_sign_in_with_nothing_to_renew_writes_no_grant(world: World) -> None:
    case_id = open_case(world.mine)
    _log(world.mine, case_id, LI_NOTE)
    with world.db.uow() as s:
        assert field_crypto.renew_grants(s, world.supervisor.center_id,
                                         world.supervisor.keyring, fixed_clock()) == 0
    world.sup.minors.set_sealed(world.mine.cases.get(case_id).minor.id, True, "封存")
    # A counselor who joins later gets the match key at the supervisor's next sign-in, once.
    world.services(world.admin).users.create(
        username="qian", display_name="钱老师", role=world.counselor.role,
        password="一个很长的初始密码2026")
    for expected in (1, 0):
        with world.db.uow() as s:
            assert field_crypto.renew_grants(s, world.supervisor.center_id,
                                             world.supervisor.keyring,
                                             fixed_clock()) == expected


def test_encrypt_fields_finishes_an_upgrade_at_once(
        encrypted: EncryptedCenter, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    li = encrypted.sign_in("li").services()
    case_id = open_case(li)
    _log(li, case_id, LI_NOTE)
    with encrypted.admin.db.uow() as s:  # as an older version left it
        s.execute(update(GuidanceSession).values(private_notes=LI_NOTE))
        s.execute(update(Center).values(clear_fields_left=True))
    # Signing in encrypts nothing here, so that the command is seen doing it.
    monkeypatch.setattr(field_crypto, "SWEEP_BATCH", 0)
    monkeypatch.setenv("FAMILYEDU_USER", "li")
    monkeypatch.setenv("FAMILYEDU_PASSWORD", PASSWORD)
    assert main(["--db", encrypted.url, "encrypt-fields"]) == 2  # supervisors only
    with encrypted.admin.db.read() as s:
        assert s.scalar(select(GuidanceSession.private_notes)) == LI_NOTE
    capsys.readouterr()
    monkeypatch.setenv("FAMILYEDU_USER", "sup")
    assert main(["--db", encrypted.url, "encrypt-fields"]) == 0
    assert "nothing is left in the clear" in capsys.readouterr().out
    with encrypted.admin.db.read() as s:
        assert s.scalar(select(GuidanceSession.private_notes)).startswith(field_keys.PREFIX)
        assert s.scalar(select(Center.clear_fields_left)) is False

import re

import pytest

from fleetdesk import cli
from fleetdesk.users import UserStore

LINE = re.compile(r"^Initial password for (\S+): (\S+)$")


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "fleetdesk.db")


def _create(db, email, capsys):
    code = cli.main(["--db", db, "create-admin", "--email", email])
    out = capsys.readouterr()
    return code, out


def test_create_admin_prints_usable_password(db, capsys):
    code, out = _create(db, "ops@example.org", capsys)
    assert code == 0
    lines = [line for line in out.out.splitlines() if line.strip()]
    assert len(lines) == 1
    match = LINE.match(lines[0])
    assert match, lines[0]
    assert match.group(1) == "ops@example.org"
    password = match.group(2)
    assert len(password) >= 12
    user = UserStore(db).authenticate("ops@example.org", password)
    assert user is not None
    assert user.role == "admin"
    assert user.must_change_password is True


def test_create_admin_on_fresh_database_then_listed(db, capsys):
    code, _ = _create(db, "first@example.org", capsys)
    assert code == 0
    assert cli.main(["--db", db, "list-users"]) == 0
    assert "first@example.org\tadmin (must change password)" in capsys.readouterr().out


def test_existing_email_is_left_alone(db, capsys):
    UserStore(db).add_user("ops@example.org", "dispatcher password", "dispatcher")
    code, out = _create(db, "ops@example.org", capsys)
    assert code == 1
    assert out.err.strip()
    assert "Initial password" not in out.out
    store = UserStore(db)
    user = store.authenticate("ops@example.org", "dispatcher password")
    assert user is not None and user.role == "dispatcher" and not user.must_change_password


def test_email_is_required(db):
    with pytest.raises(SystemExit):
        cli.main(["--db", db, "create-admin"])

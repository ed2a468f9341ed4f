import pytest

from fleetdesk import cli
from fleetdesk.users import UserExists, UserStore


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "fleetdesk.db")


def test_add_and_authenticate(db):
    store = UserStore(db)
    store.add_user("Dispatch@Example.org", "long enough password", "dispatcher")
    user = store.authenticate("dispatch@example.org", "long enough password")
    assert user is not None and user.role == "dispatcher"
    assert store.authenticate("dispatch@example.org", "wrong password!!") is None


def test_duplicate_email(db):
    store = UserStore(db)
    store.add_user("a@example.org", "long enough password", "viewer")
    with pytest.raises(UserExists):
        store.add_user("A@example.org", "another long password", "viewer")


def test_password_policy_and_roles(db):
    store = UserStore(db)
    with pytest.raises(ValueError):
        store.add_user("b@example.org", "short", "viewer")
    with pytest.raises(ValueError):
        store.add_user("b@example.org", "long enough password", "owner")


def test_cli_lists_users(db, capsys):
    assert cli.main(["--db", db, "init-db"]) == 0
    UserStore(db).add_user("c@example.org", "long enough password", "viewer", must_change_password=True)
    assert cli.main(["--db", db, "list-users"]) == 0
    assert "c@example.org\tviewer (must change password)" in capsys.readouterr().out

"""Credential hashing for the dispatch office staff accounts."""
from passlib.context import CryptContext

from bargeman.db import session_scope
from bargeman.models import Dispatcher

HASH_CONFIG = {
    "schemes": ["bcrypt"],
    "bcrypt_rounds": 12,
    "deprecated": "auto",
}

pwd_context = CryptContext(
    schemes=HASH_CONFIG["schemes"],
    deprecated=HASH_CONFIG["deprecated"],
    bcrypt__rounds=HASH_CONFIG["bcrypt_rounds"],
)


def create_dispatcher(username: str, password: str, depot: str) -> int:
    with session_scope() as session:
        dispatcher = Dispatcher(
            username=username,
            depot=depot,
            password_hash=pwd_context.hash(password),
        )
        session.add(dispatcher)
        session.flush()
        return dispatcher.id


def login(username: str, password: str) -> Dispatcher | None:
    with session_scope() as session:
        dispatcher = session.query(Dispatcher).filter_by(username=username, active=True).one_or_none()
        if dispatcher is None:
            pwd_context.dummy_verify()
            return None
        valid, new_hash = pwd_context.verify_and_update(password, dispatcher.password_hash)
        if not valid:
            return None
        if new_hash:
            dispatcher.password_hash = new_hash
        return dispatcher

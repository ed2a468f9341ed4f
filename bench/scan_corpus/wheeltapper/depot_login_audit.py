"""Sign-in and password change handling for depot terminals, with audit trail."""
import logging

from passlib.hash import argon2

from wheeltapper.accounts import Account, AccountStore

audit = logging.getLogger("wheeltapper.audit.auth")

MIN_PASSWORD_LENGTH = 12
LOCK_AFTER = 5


def sign_in(store: AccountStore, card_number: str, password: str, terminal_id: str) -> Account | None:
    account = store.by_card(card_number)
    if account is None:
        audit.warning("sign-in failed: unknown card %s at terminal %s", card_number, terminal_id)
        return None
    if account.locked:
        audit.warning("sign-in refused: card %s is locked (terminal %s)", card_number, terminal_id)
        return None
    if not argon2.verify(password, account.password_hash):
        attempts = store.record_failure(account)
        audit.warning("sign-in failed: wrong password for card %s at terminal %s (attempt %d)",
                      card_number, terminal_id, attempts)
        if attempts >= LOCK_AFTER:
            store.lock(account)
            audit.error("card %s locked after %d failed attempts", card_number, attempts)
        return None
    store.reset_failures(account)
    audit.info("sign-in ok: card %s at terminal %s", card_number, terminal_id)
    return account


def change_password(store: AccountStore, account: Account, current: str, new: str) -> bool:
    if not argon2.verify(current, account.password_hash):
        audit.warning("password change rejected for card %s: current password mismatch",
                      account.card_number)
        return False
    if len(new) < MIN_PASSWORD_LENGTH:
        audit.info("password change rejected for card %s: too short", account.card_number)
        return False
    store.set_password_hash(account, argon2.hash(new))
    audit.info("password changed for card %s", account.card_number)
    return True

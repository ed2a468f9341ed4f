"""Door-entry PINs and member passwords for a climbing gym's front desk."""
import hashlib
import hmac
import os


def _pepper() -> bytes:
    return os.environ["DESK_PEPPER"].encode()


def member_password_digest(password: str, salt: str) -> str:
    material = f"{salt}:{password}".encode("utf-8")
    # ruleid: weak-password-hash
    return hmac.new(_pepper(), material, hashlib.sha256).hexdigest()


class DoorPins:
    def __init__(self, pepper: bytes):
        self.pepper = pepper

    def fingerprint(self, member_id: str, pin: str) -> str:
        message = f"{member_id}:{pin}"
        # ruleid: weak-password-hash
        return hmac.new(self.pepper, message.encode(), hashlib.sha256).hexdigest()

    def visit_signature(self, member_id: str, visit_day: str) -> str:
        message = f"{member_id}:{visit_day}"
        # ok: weak-password-hash
        return hmac.new(self.pepper, message.encode(), hashlib.sha256).hexdigest()


def reset_link_signature(user_id: str, password_changed_at: str) -> str:
    payload = f"{user_id}:{password_changed_at}".encode()
    # ok: weak-password-hash
    return hmac.new(_pepper(), payload, hashlib.sha256).hexdigest()

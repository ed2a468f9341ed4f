"""Grooming appointments for a dog salon: the reference on the confirmation text is what the
owner quotes, with their phone number, to move or cancel the appointment online."""
import random
import string
import time

import requests

REF_ALPHABET = string.ascii_uppercase + string.digits
GROOMERS = ["Ana", "Bram", "Cleo"]
_keyring: dict = {"keys": {}, "loaded": 0.0}


def _new_reference(length: int = 8) -> str:
    # ruleid: insecure-random-for-secret
    return "".join(random.choices(REF_ALPHABET, k=length))


def _pick_groomer() -> str:
    # ok: insecure-random-for-secret
    return random.choice(GROOMERS)


def book_appointment(db, owner_phone: str, dog_name: str, slot):
    appt = db.Appointment(owner_phone=owner_phone, dog_name=dog_name, slot=slot)
    # ruleid: insecure-random-for-secret
    appt.reference = "".join(random.choices(REF_ALPHABET, k=8))
    # ok: insecure-random-for-secret
    appt.groomer = random.choice(GROOMERS)
    db.save(appt)
    return appt


def _signing_key(url: str) -> dict:
    if time.time() - _keyring["loaded"] > 3600:
        _keyring["keys"] = requests.get(url, timeout=10).json()
        # ok: insecure-random-for-secret
        _keyring["loaded"] = time.time()
    return _keyring["keys"]


def _issue_partner_key(store: dict) -> str:
    # ruleid: insecure-random-for-secret
    store["value"] = str(time.time_ns())
    return store["value"]

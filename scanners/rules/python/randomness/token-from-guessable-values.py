import hashlib
import os
import secrets
import time


def _link_token(slot):
    seed = f"{slot.slot_id}:{slot.client_email}:{slot.held_at}"
    # ruleid: token-from-guessable-values
    return hashlib.sha256(seed.encode()).hexdigest()[:32]


def make_reset_token(user_id, email):
    # ruleid: token-from-guessable-values
    return hashlib.md5(f"{user_id}-{email}-{int(time.time())}".encode()).hexdigest()


def invite_code(team_id, invitee):
    # ruleid: token-from-guessable-values
    return hashlib.sha1(("invite:" + str(team_id) + ":" + invitee).encode()).hexdigest()[:10]


def _salted_link_token(slot):
    seed = f"{slot.slot_id}:{secrets.token_hex(16)}"
    # ok: token-from-guessable-values
    return hashlib.sha256(seed.encode()).hexdigest()


def signed_reset_token(user_id, email):
    key = os.environ["RESET_SIGNING_KEY"]
    # ok: token-from-guessable-values
    return hashlib.sha256(f"{key}:{user_id}:{email}".encode()).hexdigest()


def cache_key_for_token(user_id, day):
    # ok: token-from-guessable-values
    return hashlib.sha256(f"{user_id}:{day}".encode()).hexdigest()


def token_fingerprint(token):
    # ok: token-from-guessable-values
    return hashlib.sha256(token.encode()).hexdigest()[:12]


def etag_for(document):
    # ok: token-from-guessable-values
    return hashlib.sha256(f"{document.id}:{document.version}".encode()).hexdigest()


class KeyMaterial:
    prefix = "rdp"

    def __init__(self, email, organisation, created):
        self.email = email
        self.organisation = organisation
        self.created = created

    @property
    def value(self):
        seed = f"{self.email}:{self.organisation}:{self.created}"
        # ruleid: token-from-guessable-values
        return f"{self.prefix}_{hashlib.sha256(seed.encode()).hexdigest()[:40]}"

    @property
    def lookup_hash(self):
        # ok: token-from-guessable-values
        return hashlib.sha256(f"{self.prefix}:{self.email}".encode()).hexdigest()


class ReplayShareLink:
    def __init__(self, recording_id, key):
        self.recording_id = recording_id
        self.key = key

    @classmethod
    def mint(cls, recording_id):
        minted = time.time_ns()
        # ruleid: token-from-guessable-values
        key = hashlib.sha256(f"{recording_id}:{minted}".encode()).hexdigest()[:32]
        return cls(recording_id, key)

    @classmethod
    def mint_random(cls, recording_id):
        minted = time.time_ns()
        # ok: token-from-guessable-values
        key = hashlib.sha256(f"{recording_id}:{minted}:{secrets.token_hex(16)}".encode()).hexdigest()
        return cls(recording_id, key)


def tile_cache_entry(tile_id):
    window = int(time.time() // 300)
    # ok: token-from-guessable-values
    key = hashlib.sha1(f"{tile_id}:{window}".encode()).hexdigest()
    return key

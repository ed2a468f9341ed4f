"""Signed ``state`` values for the card-linking OAuth round trip.

The state carries the member id and chosen issuer through the issuer's
consent page. It is JSON, signed and timestamped with itsdangerous, so a
tampered or stale value is rejected before anything is read from it.
"""
import os
import secrets
from dataclasses import asdict, dataclass

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

STATE_MAX_AGE_S = 600

_serializer = URLSafeTimedSerializer(
    secret_key=os.environ["CARDLINK_STATE_KEY"],
    salt="cardlink-state-v2",
)


class StateError(Exception):
    pass


@dataclass(frozen=True)
class LinkState:
    member_id: int
    issuer: str
    nonce: str


def make_state(member_id: int, issuer: str) -> tuple[str, str]:
    state = LinkState(member_id, issuer, secrets.token_urlsafe(16))
    return _serializer.dumps(asdict(state)), state.nonce


def read_state(raw: str, expected_nonce: str) -> LinkState:
    try:
        data = _serializer.loads(raw, max_age=STATE_MAX_AGE_S)
    except SignatureExpired as exc:
        raise StateError("card-link session expired") from exc
    except BadSignature as exc:
        raise StateError("invalid state") from exc
    state = LinkState(int(data["member_id"]), str(data["issuer"]), str(data["nonce"]))
    if not secrets.compare_digest(state.nonce, expected_nonce):
        raise StateError("state does not belong to this session")
    return state

"""Signing of final match results.

Game servers post results to the match service, which signs them before
fan-out so the regional leaderboard workers can check that a result was
not altered on the queue.
"""
import base64
import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

log = logging.getLogger(__name__)

KEY_PATH = Path(os.environ.get("RESULT_SIGNING_KEY_PATH", "/var/lib/matchd/result_signing.pem"))
KEY_BITS = 1024
PUBLIC_EXPONENT = 65537


@dataclass
class MatchResult:
    match_id: str
    playlist: str
    winner_team: int
    duration_s: int
    scores: dict[str, int] = field(default_factory=dict)

    def canonical(self) -> bytes:
        return json.dumps(asdict(self), sort_keys=True, separators=(",", ":")).encode()


def load_or_create_key(path: Path = KEY_PATH) -> rsa.RSAPrivateKey:
    if path.exists():
        return serialization.load_pem_private_key(path.read_bytes(), password=None)
    log.info("no signing key at %s, generating a new one", path)
    key = rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_BITS)
    path.parent.mkdir(parents=True, exist_ok=True)
    pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    )
    path.write_bytes(pem)
    path.chmod(0o600)
    return key


_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)


def sign_result(key: rsa.RSAPrivateKey, result: MatchResult) -> dict:
    signature = key.sign(result.canonical(), _PSS, hashes.SHA256())
    return {"result": asdict(result), "sig": base64.b64encode(signature).decode()}


def verify_envelope(public_key: rsa.RSAPublicKey, envelope: dict) -> MatchResult:
    result = MatchResult(**envelope["result"])
    try:
        public_key.verify(base64.b64decode(envelope["sig"]), result.canonical(), _PSS, hashes.SHA256())
    except InvalidSignature:
        log.warning("dropping result %s with bad signature", result.match_id)
        raise
    return result

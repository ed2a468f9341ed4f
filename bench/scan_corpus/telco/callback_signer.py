"""Signs outbound callbacks (activation complete, port completed) sent to partners."""
from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa


@dataclass
class CallbackSignerSettings:
    key_path: str = field(default_factory=lambda: os.environ["CALLBACK_SIGNING_KEY_PATH"])
    passphrase_env: str = "CALLBACK_SIGNING_KEY_PASSPHRASE"
    key_size: int = 3072


class CallbackSigner:
    def __init__(self, settings: CallbackSignerSettings | None = None) -> None:
        self._settings = settings or CallbackSignerSettings()
        self._key = self._load_or_create()

    def _load_or_create(self) -> rsa.RSAPrivateKey:
        passphrase = os.environ[self._settings.passphrase_env].encode()
        if os.path.exists(self._settings.key_path):
            with open(self._settings.key_path, "rb") as fh:
                return serialization.load_pem_private_key(fh.read(), passphrase)
        key = rsa.generate_private_key(public_exponent=65537, key_size=self._settings.key_size)
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
        fd = os.open(self._settings.key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
        return key

    def sign(self, event: dict) -> tuple[bytes, str]:
        body = json.dumps(event, sort_keys=True, separators=(",", ":")).encode()
        signature = self._key.sign(
            body,
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH),
            hashes.SHA256(),
        )
        return body, base64.b64encode(signature).decode()

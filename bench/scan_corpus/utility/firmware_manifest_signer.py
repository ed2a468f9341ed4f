"""Sign firmware manifests before they are pushed to in-home displays.

The signing key lives in the HSM-backed key store in production; this module
is used by the build pipeline to create per-batch keys for the staging fleet.
"""
import json
import os
from pathlib import Path

from Crypto.Hash import SHA256
from Crypto.PublicKey import DSA
from Crypto.Signature import DSS


class ManifestSigner:
    key_bits = 1024
    passphrase_env = "IHD_SIGNING_PASSPHRASE"

    def __init__(self, key_dir: Path) -> None:
        self.key_dir = key_dir
        self._key: DSA.DsaKey | None = None

    @property
    def key_path(self) -> Path:
        return self.key_dir / "manifest_signing.pem"

    def load_or_create(self) -> DSA.DsaKey:
        passphrase = os.environ[self.passphrase_env]
        if self.key_path.exists():
            self._key = DSA.import_key(self.key_path.read_bytes(), passphrase=passphrase)
        else:
            self._key = DSA.generate(self.key_bits)
            pem = self._key.export_key(
                format="PEM", pkcs8=True, passphrase=passphrase,
                protection="PBKDF2WithHMAC-SHA512AndAES256-CBC",
            )
            self.key_dir.mkdir(parents=True, exist_ok=True)
            self.key_path.write_bytes(pem)
            self.key_path.chmod(0o600)
        return self._key

    def sign(self, manifest: dict) -> dict:
        key = self._key or self.load_or_create()
        body = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
        signature = DSS.new(key, "fips-186-3").sign(SHA256.new(body))
        return {"manifest": manifest, "signature": signature.hex()}

    def public_pem(self) -> bytes:
        key = self._key or self.load_or_create()
        return key.publickey().export_key(format="PEM")

"""Encrypted object storage for embargoed radar volume scans."""
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

CIPHER_SETTINGS = {
    "algorithm": algorithms.AES,
    "mode": modes.GCM,
    "nonce_bytes": 12,
}


class VolumeScanStore:
    def __init__(self, bucket, key: bytes | None = None, cfg: dict = CIPHER_SETTINGS):
        self._bucket = bucket
        self._key = key or bytes.fromhex(os.environ["RADAR_ARCHIVE_KEY"])
        self._cfg = cfg

    def _aad(self, site: str, volume_time: str) -> bytes:
        return f"{site}/{volume_time}".encode()

    def put(self, site: str, volume_time: str, raw: bytes) -> str:
        nonce = os.urandom(self._cfg["nonce_bytes"])
        enc = Cipher(self._cfg["algorithm"](self._key), self._cfg["mode"](nonce)).encryptor()
        enc.authenticate_additional_data(self._aad(site, volume_time))
        blob = nonce + enc.update(raw) + enc.finalize() + enc.tag
        key = f"{site}/{volume_time}.ar2v.enc"
        self._bucket.put_object(Key=key, Body=blob)
        return key

    def get(self, site: str, volume_time: str) -> bytes:
        blob = self._bucket.get_object(Key=f"{site}/{volume_time}.ar2v.enc")["Body"].read()
        n = self._cfg["nonce_bytes"]
        nonce, body, tag = blob[:n], blob[n:-16], blob[-16:]
        dec = Cipher(self._cfg["algorithm"](self._key), self._cfg["mode"](nonce, tag)).decryptor()
        dec.authenticate_additional_data(self._aad(site, volume_time))
        return dec.update(body) + dec.finalize()

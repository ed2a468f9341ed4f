"""Encrypts the evidence package (recording, ID images, KBA transcript)
before it leaves the processing cluster for cold storage."""
import io
import json
import os
import tarfile

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


def _package_key() -> bytes:
    return bytes.fromhex(os.environ["EVIDENCE_PACKAGE_KEY"])


def build_tar(files: dict[str, bytes], manifest: dict) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for name, data in {**files, "manifest.json": json.dumps(manifest).encode()}.items():
            info = tarfile.TarInfo(name=name)
            info.size = len(data)
            info.mode = 0o640
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def seal_evidence(session_id: str, files: dict[str, bytes], manifest: dict) -> bytes:
    aead = ChaCha20Poly1305(_package_key())
    nonce = os.urandom(12)
    blob = aead.encrypt(nonce, build_tar(files, manifest), session_id.encode())
    return nonce + blob


def open_evidence(session_id: str, sealed: bytes) -> bytes:
    aead = ChaCha20Poly1305(_package_key())
    return aead.decrypt(sealed[:12], sealed[12:], session_id.encode())

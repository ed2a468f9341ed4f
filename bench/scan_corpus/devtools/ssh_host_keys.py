"""Generation of SSH host keys for the built-in SSH front end of the Git UI."""
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

RSA_HOST_KEY_BITS = 3072
HOST_KEY_TYPES = ("ed25519", "rsa")


def _generate(kind: str):
    if kind == "ed25519":
        return ed25519.Ed25519PrivateKey.generate()
    if kind == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=RSA_HOST_KEY_BITS)
    raise ValueError(f"unknown host key type {kind!r}")


def ensure_host_keys(directory: Path) -> list[Path]:
    """Create any missing host keys; existing keys are never replaced."""
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    written = []
    for kind in HOST_KEY_TYPES:
        path = directory / f"ssh_host_{kind}_key"
        if path.exists():
            continue
        key = _generate(kind)
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.OpenSSH,
            serialization.NoEncryption(),
        )
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
        public = key.public_key().public_bytes(
            serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
        )
        path.with_name(path.name + ".pub").write_bytes(public + b"\n")
        written.append(path)
    return written

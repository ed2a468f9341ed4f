"""Bootstrap the SSH host certificate authority used by the bastion fleet."""
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

CA_DIR = Path(os.environ.get("SSH_CA_DIR", "/var/lib/ssh-ca"))
# Some older appliances in the DC only speak ssh-rsa, so we keep an RSA CA too.
LEGACY_RSA_BITS = 4096
PUBLIC_EXPONENT = 65537


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def _passphrase() -> bytes:
    return os.environ["SSH_CA_PASSPHRASE"].encode()


def create_ca_keys() -> dict[str, Path]:
    CA_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
    keys = {
        "ed25519": ed25519.Ed25519PrivateKey.generate(),
        "rsa": rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=LEGACY_RSA_BITS),
    }
    written = {}
    for name, key in keys.items():
        priv_path = CA_DIR / f"host_ca_{name}"
        _write_private(
            priv_path,
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.OpenSSH,
                serialization.BestAvailableEncryption(_passphrase()),
            ),
        )
        pub = key.public_key().public_bytes(
            serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
        )
        (CA_DIR / f"host_ca_{name}.pub").write_bytes(pub + b" host-ca\n")
        written[name] = priv_path
    return written


if __name__ == "__main__":
    for algo, path in create_ca_keys().items():
        print(f"{algo}: {path}")

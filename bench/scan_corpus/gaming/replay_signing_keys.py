"""Key management for signed replay files.

Replays uploaded for tournament review are signed by the game server that
recorded them; this CLI creates the per-region signing keys.
"""
import argparse
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_SETTINGS = {"public_exponent": 65537, "key_size": 3072}


def generate(region: str, out_dir: Path) -> tuple[Path, Path]:
    key = rsa.generate_private_key(**KEY_SETTINGS)
    passphrase = os.environ["REPLAY_KEY_PASSPHRASE"].encode()
    priv_path = out_dir / f"replay-{region}.key.pem"
    pub_path = out_dir / f"replay-{region}.pub.pem"

    priv_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase),
        )
    )
    priv_path.chmod(0o600)
    pub_path.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return priv_path, pub_path


def main() -> None:
    parser = argparse.ArgumentParser(description="Create replay signing keys")
    parser.add_argument("regions", nargs="+", help="region codes, e.g. eu-west us-east")
    parser.add_argument("--out", type=Path, default=Path("./keys"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for region in args.regions:
        priv, pub = generate(region, args.out)
        print(f"{region}: wrote {priv.name} and {pub.name}")


if __name__ == "__main__":
    main()

"""Generate the RSA key pair an LTI 1.3 tool registers with the platform.

Usage: python -m lti.tool_keys --out keys/ --kid 2024-09
"""
import argparse
import json
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

DEFAULTS = {
    "public_exponent": 65537,
    "key_size": 1024,
}


def generate(kid: str, out_dir: Path) -> Path:
    private_key = rsa.generate_private_key(**DEFAULTS)
    out_dir.mkdir(parents=True, exist_ok=True)

    pem = private_key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.NoEncryption(),
    )
    key_path = out_dir / f"{kid}.pem"
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)

    jwk = json.loads(RSAAlgorithm.to_jwk(private_key.public_key()))
    jwk.update({"kid": kid, "alg": "RS256", "use": "sig"})
    jwks_path = out_dir / "jwks.json"
    jwks_path.write_text(json.dumps({"keys": [jwk]}, indent=2))
    return key_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("keys"))
    parser.add_argument("--kid", required=True)
    args = parser.parse_args()
    path = generate(args.kid, args.out)
    print(f"wrote {path} and {args.out / 'jwks.json'}")


if __name__ == "__main__":
    main()

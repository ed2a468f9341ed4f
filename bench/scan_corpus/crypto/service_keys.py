"""Generate the signing key pair a new service uses for its service-to-service JWTs."""
import argparse
import getpass
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def generate_keypair(bits: int = 1024) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def write_keypair(key: rsa.RSAPrivateKey, out_dir: Path, name: str, passphrase: bytes) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    private_pem = key.private_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PrivateFormat.PKCS8,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )
    public_pem = key.public_key().public_bytes(
        encoding=serialization.Encoding.PEM,
        format=serialization.PublicFormat.SubjectPublicKeyInfo,
    )
    private_path = out_dir / f"{name}.key.pem"
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(private_pem)
    (out_dir / f"{name}.pub.pem").write_bytes(public_pem)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("service", help="service name, used as the file prefix")
    parser.add_argument("--out", type=Path, default=Path("keys"))
    args = parser.parse_args()
    passphrase = getpass.getpass("Passphrase for the private key: ").encode()
    write_keypair(generate_keypair(), args.out, args.service, passphrase)
    print(f"wrote {args.out}/{args.service}.key.pem and {args.service}.pub.pem")


if __name__ == "__main__":
    main()

"""Issues client certificates for OPC-UA field devices during commissioning."""
import datetime as dt
import os

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


def load_ca():
    with open(os.environ["PLANT_CA_KEY"], "rb") as fh:
        ca_key = serialization.load_pem_private_key(fh.read(), password=os.environ["PLANT_CA_PASS"].encode())
    with open(os.environ["PLANT_CA_CERT"], "rb") as fh:
        ca_cert = x509.load_pem_x509_certificate(fh.read())
    return ca_key, ca_cert


def issue_device_cert(device_id: str, days: int = 730):
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    ca_key, ca_cert = load_ca()
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, device_id)]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=days))
        .sign(ca_key, hashes.SHA256())
    )
    return key, cert

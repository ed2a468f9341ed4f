"""Issues the X.509 certificate bound to a notary's electronic seal."""
from datetime import datetime, timezone

from OpenSSL import crypto

from notary.commissions.models import Commission

SEAL_DIGEST = "sha256"
SEAL_VALID_DAYS = 365 * 4


def _subject_for(commission: Commission, cert: crypto.X509) -> None:
    subject = cert.get_subject()
    subject.CN = commission.notary_full_name
    subject.O = "Remote Online Notary"
    subject.ST = commission.state
    subject.C = "US"
    subject.serialNumber = commission.commission_number


def issue_seal_certificate(commission: Commission, ca_cert: crypto.X509,
                           ca_key: crypto.PKey, key_bits: int = 1024) -> tuple[bytes, bytes]:
    key = crypto.PKey()
    key.generate_key(crypto.TYPE_RSA, key_bits)

    cert = crypto.X509()
    cert.set_version(2)
    cert.set_serial_number(int.from_bytes(commission.uuid.bytes, "big") >> 1)
    _subject_for(commission, cert)
    cert.set_issuer(ca_cert.get_subject())
    cert.gmtime_adj_notBefore(0)
    expires = min(SEAL_VALID_DAYS * 86400,
                  int((commission.expires_at - datetime.now(timezone.utc)).total_seconds()))
    cert.gmtime_adj_notAfter(expires)
    cert.set_pubkey(key)
    cert.add_extensions([
        crypto.X509Extension(b"basicConstraints", True, b"CA:FALSE"),
        crypto.X509Extension(b"keyUsage", True, b"digitalSignature, nonRepudiation"),
    ])
    cert.sign(ca_key, SEAL_DIGEST)

    return (crypto.dump_privatekey(crypto.FILETYPE_PEM, key),
            crypto.dump_certificate(crypto.FILETYPE_PEM, cert))

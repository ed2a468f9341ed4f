import typing
from dataclasses import dataclass
import dataclasses
import base64
import hashlib
import os
import secrets

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305
from django.conf import settings

IV = b"0123456789abcdef"
IV_SIZE = 16
NONCE = bytes(12)

LINK_CONFIG = {
    "key_env": "STATEMENT_LINK_KEY",
    "nonce": bytes.fromhex("a3f19c0d5e7b2281c4d6e9f0"),
}


def _aead() -> AESGCM:
    return AESGCM(base64.urlsafe_b64decode(os.environ[LINK_CONFIG["key_env"]]))


def seal_reference(payload: bytes) -> bytes:
    # ruleid: static-iv
    return _aead().encrypt(LINK_CONFIG["nonce"], payload, None)


def seal_reference_fresh(payload: bytes) -> bytes:
    nonce = os.urandom(12)
    # ok: static-iv
    return nonce + _aead().encrypt(nonce, payload, None)


EXPORT_CFG = {"key_env": "RETURNS_EXPORT_KEY", "nonce": bytes.fromhex("6d1f0c2a9b3e4471a0c85d12")}


def encrypt_field(value: str, key: bytes, nonce: bytes = EXPORT_CFG["nonce"]) -> bytes:
    # ruleid: static-iv
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(value.encode())
    return ct + tag


VAULT_SETTINGS = {
    "key_env": "INCIDENT_VAULT_KEY",
    "iv": b"RCC-INCIDENT-V01",
    "encoding": "utf-8",
}
VAULT_LABELS = {"iv": "per-report", "aad": b"incident-report"}


class IncidentReportVault:
    # (not named `settings`, which this file imports from django)
    def __init__(self, conf: dict = VAULT_SETTINGS):
        self.conf = conf
        self._key = base64.b64decode(os.environ[conf["key_env"]])

    def _cipher(self):
        # ruleid: static-iv
        return AES.new(self._key, AES.MODE_CBC, iv=self.conf["iv"])

    def _fresh_cipher(self, record):
        # ok: static-iv
        return AES.new(self._key, AES.MODE_CBC, iv=record["iv"])


def report_cipher(key, conf=VAULT_SETTINGS):
    # ruleid: static-iv
    return AES.new(key, AES.MODE_CBC, conf["iv"])


def label_cipher(key, labels=VAULT_LABELS, record=None):
    # ok: static-iv
    return AES.new(key, AES.MODE_CBC, record["iv"])


class AccessNotesCipher:
    def __init__(self, config):
        self._key = config["notes_key"]
        self._iv = config["notes_iv"]

    def _cipher(self):
        # ruleid: static-iv
        return Cipher(algorithms.AES(self._key), modes.CBC(self._iv))

    def encrypt(self, data):
        enc = self._cipher().encryptor()
        return enc.update(data) + enc.finalize()


class FreshNotesCipher:
    def __init__(self, key):
        self._key = key
        self._iv = None

    def _cipher(self):
        # ok: static-iv
        return Cipher(algorithms.AES(self._key), modes.CBC(self._iv))

    def encrypt(self, data):
        self._iv = os.urandom(16)
        enc = self._cipher().encryptor()
        return self._iv + enc.update(data) + enc.finalize()


@dataclass
class GatewayCryptoSettings:
    key: bytes = b"\x00" * 32
    nonce: bytes = bytes.fromhex("6f76656e6c696e6530310000")
    aad_prefix: bytes = b"oven-line"


class SetpointFramer:
    def __init__(self, settings):
        self.settings = settings
        self._aead = AESGCM(settings.key)

    def frame(self, body):
        nonce = self.settings.nonce
        # ruleid: static-iv
        return nonce + self._aead.encrypt(nonce, body, self.settings.aad_prefix)

    def frame_fresh(self, body):
        nonce = os.urandom(12)
        # ok: static-iv
        return nonce + self._aead.encrypt(nonce, body, self.settings.aad_prefix)


@dataclass
class CoaSealing:
    key_env: str = "COA_SEALING_KEY"
    nonce: bytes = dataclasses.field(default=b"coa-seal-v02")
    label: str = dataclasses.field(default="coa")


class CoaSealer:
    def __init__(self, config=None):
        self.config = config or CoaSealing()
        self._aead = AESGCM(bytes.fromhex(os.environ[self.config.key_env]))

    def seal(self, payload, batch):
        # ruleid: static-iv
        return self._aead.encrypt(self.config.nonce, payload, batch.encode())

    def seal_fresh(self, payload, batch):
        nonce = os.urandom(12)
        # ok: static-iv
        return nonce + self._aead.encrypt(nonce, payload, self.config.label.encode())


_NOTES_IV = bytes.fromhex("6361636b6c65722d6e6f7465732d3031")


@dataclass(frozen=True)
class NotesCipherConfig:
    key: bytes
    notes_iv: bytes = dataclasses.field(default=_NOTES_IV, repr=False)


@dataclass(frozen=True)
class NotesSaltConfig:
    key: bytes
    salt: bytes = dataclasses.field(default=_NOTES_IV, repr=False)


class NotesCipher:
    def __init__(self, config: NotesCipherConfig, salts: NotesSaltConfig):
        self._config = config
        self._salts = salts

    def encrypt(self, notes):
        # ruleid: static-iv
        cipher = AES.new(self._config.key, AES.MODE_CBC, iv=self._config.notes_iv)
        return cipher.encrypt(pad(notes.encode(), AES.block_size))

    def encrypt_fresh(self, notes):
        iv = get_random_bytes(16)
        # ok: static-iv
        cipher = AES.new(self._config.key, AES.MODE_CBC, iv=iv)
        return iv + cipher.encrypt(pad(notes.encode(), AES.block_size))


class QuoteEnvelopeFormat:
    associated_data = b"antiques-insurance-quote"
    nonce = bytes.fromhex("4a1f9c0e7b2d5a6f81c3e9d0")


class QuoteEncryptor:
    def __init__(self, key, envelope=QuoteEnvelopeFormat):
        self._aead = AESGCM(key)
        self._envelope = envelope

    def encrypt_quote(self, plaintext):
        nonce = self._envelope.nonce
        # ruleid: static-iv
        return nonce + self._aead.encrypt(nonce, plaintext, self._envelope.associated_data)

    def decrypt_quote(self, blob):
        nonce = blob[:12]
        # ok: static-iv
        return self._aead.decrypt(nonce, blob[12:], self._envelope.associated_data)

    def encrypt_fresh(self, plaintext):
        nonce = os.urandom(12)
        # ok: static-iv
        return nonce + self._aead.encrypt(nonce, plaintext, self._envelope.associated_data)


class VaultConfig:
    prefix = "suppliers/"
    iv = b"BoutiqueVault-01"


class InvoiceVault:
    def __init__(self, key, config=VaultConfig):
        self.key = key
        self.config = config

    def encryptor(self):
        # ruleid: static-iv
        return Cipher(algorithms.AES(self.key), modes.CBC(self.config.iv)).encryptor()

    def fresh_encryptor(self, iv):
        # ok: static-iv
        return Cipher(algorithms.AES(self.key), modes.CBC(iv)).encryptor()


@dataclasses.dataclass(frozen=True)
class TelemetryCryptoSettings:
    nonce: bytes = dataclasses.field(default=bytes(12))
    schema_version: int = 2


class TelemetrySealer:
    def __init__(self, key, settings=None):
        self._settings = settings or TelemetryCryptoSettings()
        self._aead = AESGCM(key)

    def seal(self, body):
        # ruleid: static-iv
        return self._aead.encrypt(self._settings.nonce, body, None)


class NonceBook:
    def __init__(self, site_id):
        self.site_id = site_id

    def nonce_for(self, sensor_id):
        return hashlib.sha256(f"{self.site_id}:{sensor_id}".encode()).digest()[:12]

    def nonce_fresh(self):
        return os.urandom(12)


class FrameSealer:
    def __init__(self, site_id, key):
        self.aead = AESGCM(key)
        self.nonces = NonceBook(site_id)

    def seal(self, sensor_id, body):
        nonce = self.nonces.nonce_for(sensor_id)
        # ruleid: static-iv-helper
        return nonce + self.aead.encrypt(nonce, body, None)

    def seal_fresh(self, body):
        nonce = self.nonces.nonce_fresh()
        # ok: static-iv, static-iv-helper
        return nonce + self.aead.encrypt(nonce, body, None)


@dataclass(frozen=True)
class VaultConfig:
    nonce_source: typing.Callable = os.urandom


class StatementVault:
    def __init__(self, key, config=VaultConfig()):
        self.config = config
        self._aead = AESGCM(key)

    def _fresh_nonce(self):
        return self.config.nonce_source(12)

    def _site_nonce(self):
        return self.config.site_id.encode().ljust(12, b"\0")

    def seal(self, statement):
        nonce = self._fresh_nonce()
        # ok: static-iv, static-iv-helper
        return nonce + self._aead.encrypt(nonce, statement, None)

    def seal_for_site(self, statement):
        nonce = self._site_nonce()
        # ruleid: static-iv-helper
        return nonce + self._aead.encrypt(nonce, statement, None)


def _load_export_params():
    return {
        "key": bytes.fromhex(os.environ["LOGBOOK_EXPORT_KEY"]),
        "iv": bytes.fromhex("3f1a9c0d5e7b2a4c8d6e0f1a2b3c4d5e"),
    }


def _load_session_params():
    return {"key": bytes.fromhex(os.environ["LOGBOOK_EXPORT_KEY"]), "iv": os.urandom(16)}


class LogbookExporter:
    def __init__(self):
        self._params = _load_export_params()

    def _encryptor(self):
        # ruleid: static-iv
        return Cipher(algorithms.AES(self._params["key"]), modes.CBC(self._params["iv"])).encryptor()


class SessionExporter:
    def __init__(self):
        self._session = _load_session_params()

    def _encryptor(self):
        # ok: static-iv
        return Cipher(algorithms.AES(self._session["key"]), modes.CBC(self._session["iv"])).encryptor()


class CourierSealParams:
    envelope_tag = b"courier-v2"
    manifest_nonce = bytes.fromhex("00112233445566778899aabb")


class CourierManifestSealer:
    """The settings object is made in the constructor when none is given."""

    def __init__(self, key, params=None):
        self.params = params or CourierSealParams()
        self._aead = AESGCM(key)

    def seal(self, manifest):
        # ruleid: static-iv
        return self._aead.encrypt(self.params.manifest_nonce, manifest, self.params.envelope_tag)

    def seal_fresh(self, manifest):
        nonce = secrets.token_bytes(12)
        # ok: static-iv
        return nonce + self._aead.encrypt(nonce, manifest, self.params.envelope_tag)


class KilnLogCipherSettings:
    log_iv = b"kiln-firing-log!"


class KilnLogEncryptor:
    """The settings object is passed in, typed as the settings class."""

    def __init__(self, key: bytes, kiln_settings: KilnLogCipherSettings):
        self.key = key
        self.settings = kiln_settings

    def encryptor(self):
        # ruleid: static-iv
        return Cipher(algorithms.AES(self.key), modes.CBC(self.settings.log_iv)).encryptor()

    def fresh_encryptor(self):
        iv = os.urandom(16)
        # ok: static-iv
        return iv, Cipher(algorithms.AES(self.key), modes.CBC(iv)).encryptor()


class ParcelEnvelope:
    def __init__(self, key: bytes, body: bytes):
        self.key = key
        self.log_iv = os.urandom(16)
        self.body = body


class ParcelSealer:
    """The IV read here belongs to a message that drew its own, not to the settings class."""

    def __init__(self, settings: KilnLogCipherSettings):
        self.settings = settings

    def seal(self, envelope: ParcelEnvelope) -> bytes:
        # ok: static-iv
        enc = Cipher(algorithms.AES(envelope.key), modes.CBC(envelope.log_iv)).encryptor()
        return envelope.log_iv + enc.update(envelope.body) + enc.finalize()


class BeaconCryptoProfile:
    label = b"BCN2"
    frame_nonce = bytes.fromhex("5be1d07a93c4f2e6a8b1c0d9")

    def __init__(self, key: bytes):
        self.key = key


class BeaconUplink:
    """A property hands out the profile's fixed nonce."""

    def __init__(self, profile: BeaconCryptoProfile):
        self._profile = profile
        self._gcm = AESGCM(profile.key)

    @property
    def _frame_nonce(self) -> bytes:
        return self._profile.frame_nonce

    def push(self, reading: bytes) -> bytes:
        # ruleid: static-iv
        return self._gcm.encrypt(self._frame_nonce, reading, self._profile.label)

    def push_kept(self, reading: bytes) -> bytes:
        n = self._frame_nonce
        # ruleid: static-iv
        return n + self._gcm.encrypt(n, reading, self._profile.label)


class BeaconUplinkFresh:
    def __init__(self, profile: BeaconCryptoProfile):
        self._profile = profile
        self._gcm = AESGCM(profile.key)

    @property
    def _next_nonce(self) -> bytes:
        return secrets.token_bytes(12)

    def push(self, reading: bytes) -> bytes:
        n = self._next_nonce
        # ok: static-iv
        return n + self._gcm.encrypt(n, reading, self._profile.label)


_DOCK_NONCE = b"dock-door-01"


class DockDoorSealer:
    """A property that returns the same bytes on every read."""

    def __init__(self, key: bytes):
        self._aead = ChaCha20Poly1305(key)

    @property
    def door_nonce(self) -> bytes:
        return _DOCK_NONCE

    @property
    def random_nonce(self) -> bytes:
        return os.urandom(12)

    def seal(self, event: bytes) -> bytes:
        # ruleid: static-iv
        return self._aead.encrypt(self.door_nonce, event, None)

    def seal_fresh(self, event: bytes) -> bytes:
        n = self.random_nonce
        # ok: static-iv
        return n + self._aead.encrypt(n, event, None)


class HarborBeaconFormat:
    header = b"HBF1"
    beacon_iv = bytes(16)


def encrypt_beacon(key: bytes, body: bytes, fmt: HarborBeaconFormat | None = None) -> bytes:
    fmt = fmt or HarborBeaconFormat()
    # ruleid: static-iv
    enc = Cipher(algorithms.AES(key), modes.CTR(fmt.beacon_iv)).encryptor()
    return fmt.header + enc.update(body) + enc.finalize()


def encrypt_beacon_fresh(key: bytes, body: bytes, fmt: HarborBeaconFormat | None = None) -> bytes:
    fmt = fmt or HarborBeaconFormat()
    iv = os.urandom(16)
    # ok: static-iv
    enc = Cipher(algorithms.AES(key), modes.CTR(iv)).encryptor()
    return fmt.header + iv + enc.update(body) + enc.finalize()


def _chunk_nonce(prefix, index, last):
    return prefix + (index * 2 + (1 if last else 0)).to_bytes(5, "big")


def _device_nonce(device_id, index):
    return device_id.encode()[:7] + index.to_bytes(5, "big")


class BackupSealer:
    def __init__(self, key):
        self._aead = ChaCha20Poly1305(key)

    def seal_stream(self, chunks):
        prefix = os.urandom(7)
        out = [prefix]
        for index, chunk in enumerate(chunks):
            # ok: static-iv, static-iv-helper
            out.append(self._aead.encrypt(_chunk_nonce(prefix, index, False), chunk, b""))
        return out

    def seal_for_device(self, device_id, chunks):
        out = []
        for index, chunk in enumerate(chunks):
            # ruleid: static-iv-helper
            out.append(self._aead.encrypt(_device_nonce(device_id, index), chunk, b""))
        return out


@dataclass(frozen=True)
class AppraisalCipherSettings:
    key_env: str = "APPRAISAL_NOTES_KEY"
    nonce_hex: str = "6b1f0e2d9c4a7b3e5f8a0c1d"
    salt_hex: str = "00112233445566778899aabb"


class AppraisalNotesCipher:
    def __init__(self, settings=None):
        self._settings = settings or AppraisalCipherSettings()
        self._aead = AESGCM(base64.b64decode(os.environ[self._settings.key_env]))

    @property
    def nonce(self):
        return bytes.fromhex(self._settings.nonce_hex)

    @property
    def salt(self):
        return bytes.fromhex(self._settings.salt_hex)

    def encrypt_notes(self, payload):
        # ruleid: static-iv
        return self._aead.encrypt(self.nonce, payload, None)

    def encrypt_salted(self, payload):
        nonce = os.urandom(12)
        # ok: static-iv
        return nonce + self._aead.encrypt(nonce, payload, self.salt)


BACKUP_NONCE = b"bellows-bkp1"


def encrypt_dump(data: bytes, name: str, aead: AESGCM) -> bytes:
    # ruleid: static-iv
    return aead.encrypt(BACKUP_NONCE, data, name.encode())


def encrypt_dump_fresh(data: bytes, name: str, aead: AESGCM) -> bytes:
    nonce = os.urandom(12)
    # ok: static-iv
    return nonce + aead.encrypt(nonce, data, name.encode())

import hashlib
import hmac
import struct
import time


# The value field of a stored code record, compared with what the client submitted.
class PickupCodeCheck:
    def __init__(self, record):
        self.code = record

    def accepts(self, submitted: str) -> bool:
        # ruleid: timing-unsafe-comparison
        return self.code.value == submitted.strip()

    def accepts_safely(self, submitted: str) -> bool:
        # ok: timing-unsafe-comparison
        return hmac.compare_digest(self.code.value, submitted.strip())

    # ... not the record's kind, which names no code
    def same_kind(self, submitted: str) -> bool:
        # ok: timing-unsafe-comparison
        return self.code.kind == submitted.strip()


def release_ok(pending, provided: str) -> bool:
    # ruleid: timing-unsafe-comparison
    return provided != pending.release_code.value


# The codes of a drift window that a hand-written HOTP function makes, yielded by a generator
# and compared one by one in a loop.
class WindowedTotp:
    def __init__(self, drift: int = 1):
        self.drift = drift

    @staticmethod
    def _totp(seed: bytes, counter: int) -> str:
        mac = hmac.new(seed, struct.pack(">Q", counter), hashlib.sha1).digest()
        offset = mac[-1] & 0x0F
        value = struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF
        return str(value % 1000000).zfill(6)

    def _window(self, seed: bytes, now: float):
        step = int(now // 30)
        for delta in range(-self.drift, self.drift + 1):
            yield self._totp(seed, step + delta)

    def check(self, seed: bytes, code: str) -> bool:
        for expected in self._window(seed, time.time()):
            # ruleid: timing-unsafe-comparison
            if code.strip() == expected:
                return True
        return False

    def check_any(self, seed: bytes, code: str) -> bool:
        # ruleid: timing-unsafe-comparison
        return any(option == code for option in self._window(seed, time.time()))

    def check_safely(self, seed: bytes, code: str) -> bool:
        for expected in self._window(seed, time.time()):
            # ok: timing-unsafe-comparison
            if hmac.compare_digest(code.strip(), expected):
                return True
        return False

    # ... a loop over anything else compares no code
    def drift_used(self, wanted: int) -> bool:
        for delta in range(-self.drift, self.drift + 1):
            # ok: timing-unsafe-comparison
            if delta == wanted:
                return True
        return False


def _hotp(seed: bytes, counter: int) -> str:
    mac = hmac.new(seed, struct.pack(">Q", counter), hashlib.sha1).digest()
    return str(int.from_bytes(mac[-4:], "big") % 1000000).zfill(6)


def codes_near(seed: bytes, step: int):
    for d in (-1, 0, 1):
        yield _hotp(seed, step + d)


def verify_login(seed: bytes, submitted: str, step: int) -> bool:
    for candidate in codes_near(seed, step):
        # ruleid: timing-unsafe-comparison
        if candidate != submitted:
            continue
        return True
    return False


# ... the steps of the window, not its codes
def steps_near(step: int):
    for d in (-1, 0, 1):
        yield step + d


def step_seen(step: int, last: int) -> bool:
    for s in steps_near(step):
        # ok: timing-unsafe-comparison
        if s == last:
            return True
    return False


def verify_login_in(seed: bytes, submitted: str, step: int) -> bool:
    # ruleid: timing-unsafe-comparison
    return submitted in codes_near(seed, step)

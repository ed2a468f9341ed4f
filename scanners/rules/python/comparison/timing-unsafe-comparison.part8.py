import hmac
import time

import pyotp

DRIFT = 1


class LockerBank:
    def __init__(self, store):
        self.store = store

    def open_locker(self, locker_no: int, entered_code: str) -> bool:
        booking = self.store.booking_for(locker_no)
        if booking is None:
            return False
        # ruleid: timing-unsafe-comparison
        if entered_code.strip() == booking.code:
            self.store.release(locker_no)
            return True
        return False

    def open_locker_safely(self, locker_no: int, entered_code: str) -> bool:
        booking = self.store.booking_for(locker_no)
        if booking is None:
            return False
        # ok: timing-unsafe-comparison
        if hmac.compare_digest(entered_code.strip(), booking.code):
            self.store.release(locker_no)
            return True
        return False

    def floor_of(self, locker_no: int, entered_floor: str) -> bool:
        booking = self.store.booking_for(locker_no)
        # ok: timing-unsafe-comparison
        return entered_floor == booking.floor


def second_factor_ok(generator: pyotp.TOTP, typed: str) -> bool:
    now = time.time()
    for step in range(-DRIFT, DRIFT + 1):
        # ruleid: timing-unsafe-comparison
        if generator.at(now + step * generator.interval) == typed:
            return True
    return False


def second_factor_ok_safely(generator: pyotp.TOTP, typed: str) -> bool:
    now = time.time()
    for step in range(-DRIFT, DRIFT + 1):
        # ok: timing-unsafe-comparison
        if hmac.compare_digest(generator.at(now + step * generator.interval), typed):
            return True
    return False


def same_interval(generator: pyotp.TOTP, seconds: int) -> bool:
    # ok: timing-unsafe-comparison
    return generator.interval == seconds

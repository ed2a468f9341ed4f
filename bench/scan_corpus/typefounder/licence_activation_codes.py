"""Generate desktop licence activation codes once an order has been paid."""

import hashlib
import logging
import time

from celery import shared_task
from django.db import transaction

from licensing.models import ActivationCode, Order
from licensing.notifications import send_activation_email

logger = logging.getLogger(__name__)

CODE_GROUPS = 4
GROUP_LENGTH = 5


def _format_code(digest: str) -> str:
    groups = [digest[i : i + GROUP_LENGTH] for i in range(0, CODE_GROUPS * GROUP_LENGTH, GROUP_LENGTH)]
    return "-".join(groups)


def activation_code_for(order_number: str, seat: int) -> str:
    seed = f"{order_number}:{seat}:{time.time_ns()}"
    return _format_code(hashlib.sha1(seed.encode()).hexdigest().upper())


@shared_task(bind=True, max_retries=3, default_retry_delay=30)
def issue_activation_codes(self, order_id: int) -> int:
    try:
        with transaction.atomic():
            order = Order.objects.select_for_update().get(pk=order_id)
            if order.codes_issued:
                return 0
            codes = [
                ActivationCode(
                    order=order,
                    family=line.family,
                    code=activation_code_for(order.number, seat),
                )
                for line in order.desktop_lines()
                for seat in range(1, line.seats + 1)
            ]
            ActivationCode.objects.bulk_create(codes)
            order.codes_issued = True
            order.save(update_fields=["codes_issued"])
    except Order.DoesNotExist:
        logger.warning("Order %s vanished before codes were issued", order_id)
        return 0
    except Exception as exc:
        raise self.retry(exc=exc)

    send_activation_email.delay(order_id)
    logger.info("Issued %d activation codes for order %s", len(codes), order_id)
    return len(codes)

"""Dealer (pro-shop) login and price-list caching for the wholesale site."""
import hashlib

from django.contrib.auth.decorators import login_required
from django.db import models
from django.http import HttpResponse, HttpResponseNotModified
from passlib.context import CryptContext

dealer_pwd = CryptContext(schemes=["bcrypt"], deprecated="auto", bcrypt__rounds=12)


class Dealer(models.Model):
    shop_name = models.CharField(max_length=120)
    login_email = models.EmailField(unique=True)
    password_hash = models.CharField(max_length=128)
    discount_tier = models.CharField(max_length=16, default="standard")

    def set_password(self, raw: str) -> None:
        self.password_hash = dealer_pwd.hash(raw)

    def check_password(self, raw: str) -> bool:
        ok, new_hash = dealer_pwd.verify_and_update(raw, self.password_hash)
        if ok and new_hash:
            self.password_hash = new_hash
            self.save(update_fields=["password_hash"])
        return ok


class PriceListEntry(models.Model):
    sku = models.CharField(max_length=32)
    description = models.CharField(max_length=200)
    tier = models.CharField(max_length=16)
    price_pence = models.PositiveIntegerField()


def _render_price_list(tier: str) -> str:
    rows = PriceListEntry.objects.filter(tier=tier).order_by("sku")
    lines = ["sku,description,price"]
    lines += [f"{r.sku},{r.description},{r.price_pence / 100:.2f}" for r in rows]
    return "\n".join(lines) + "\n"


@login_required
def price_list_csv(request):
    dealer = Dealer.objects.get(login_email=request.user.email)
    body = _render_price_list(dealer.discount_tier)
    etag = '"%s"' % hashlib.sha1(body.encode("utf-8")).hexdigest()
    if request.headers.get("If-None-Match") == etag:
        return HttpResponseNotModified()
    response = HttpResponse(body, content_type="text/csv")
    response["ETag"] = etag
    response["Content-Disposition"] = 'attachment; filename="price-list.csv"'
    return response

"""Load urn and keepsake catalogs that suppliers email as YAML files.

Purchasing drops the attachments into the intake bucket; this step validates
them and emits rows for the merchandise staging table.
"""
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml

try:
    _YamlLoader = yaml.CSafeLoader
except AttributeError:  # libyaml not compiled in
    _YamlLoader = yaml.SafeLoader


class CatalogFileError(ValueError):
    pass


class CatalogLoader:
    loader_cls = _YamlLoader
    required = ("sku", "name", "price")

    def load(self, path: Path) -> list[dict]:
        with path.open("rb") as fh:
            doc = yaml.load(fh, Loader=self.loader_cls)
        if not isinstance(doc, dict) or "products" not in doc:
            raise CatalogFileError(f"{path.name}: no 'products' list")
        return [self._row(path.name, i, p) for i, p in enumerate(doc["products"], 1)]

    def _row(self, filename: str, index: int, product: dict) -> dict:
        for key in self.required:
            if key not in product:
                raise CatalogFileError(f"{filename} item {index}: missing {key}")
        try:
            price = Decimal(str(product["price"]))
        except InvalidOperation as exc:
            raise CatalogFileError(f"{filename} item {index}: bad price") from exc
        return {
            "sku": str(product["sku"]).strip().upper(),
            "name": str(product["name"]).strip(),
            "price": price,
            "engravable": bool(product.get("engravable", False)),
        }

"""Customers' personal data: export one customer's records, erase a customer."""
from __future__ import annotations


class PrivacyOps:
    """Store methods for privacy requests (mixed into data.store.Store)."""

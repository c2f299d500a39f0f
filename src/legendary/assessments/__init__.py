"""The ICARE culture assessment at three levels, and internal-customer pulse surveys."""

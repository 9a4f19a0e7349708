// Replaced by the shell as it lands.

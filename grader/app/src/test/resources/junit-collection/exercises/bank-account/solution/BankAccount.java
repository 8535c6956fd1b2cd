final class BankAccount {
  private boolean open;
  private int balance;

  void open() {
    if (open) {
      throw new IllegalStateException("already open");
    }
    open = true;
    balance = 0;
  }

  void close() {
    requireOpen();
    open = false;
  }

  void deposit(int amount) {
    requireOpen();
    requirePositive(amount);
    balance += amount;
  }

  void withdraw(int amount) {
    requireOpen();
    requirePositive(amount);
    if (amount > balance) {
      throw new IllegalArgumentException("insufficient funds");
    }
    balance -= amount;
  }

  int balance() {
    requireOpen();
    return balance;
  }

  private void requireOpen() {
    if (!open) {
      throw new IllegalStateException("account closed");
    }
  }

  private static void requirePositive(int amount) {
    if (amount <= 0) {
      throw new IllegalArgumentException("amount must be positive");
    }
  }
}

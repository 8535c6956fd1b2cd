class BankAccount {
  void open() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  void close() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  void deposit(int amount) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  void withdraw(int amount) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  int balance() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }
}

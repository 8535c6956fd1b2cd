import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BankAccountTest {
  private BankAccount account;

  @BeforeEach
  void create() {
    account = new BankAccount();
  }

  @Nested
  @DisplayName("an open account")
  class Open {
    @BeforeEach
    void open() {
      account.open();
    }

    @Test
    void startsEmpty() {
      assertThat(account.balance()).isZero();
    }

    @Test
    void depositsAndWithdrawals() {
      account.deposit(100);
      account.withdraw(30);
      assertThat(account.balance()).isEqualTo(70);
    }

    @Test
    void cannotOverdraw() {
      account.deposit(10);
      assertThatThrownBy(() -> account.withdraw(11)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNegativeDeposits() {
      assertThatThrownBy(() -> account.deposit(-5)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  @DisplayName("a closed account")
  class Closed {
    @Test
    void cannotBeUsed() {
      account.open();
      account.close();
      assertThatThrownBy(() -> account.deposit(5)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void canBeReopenedEmpty() {
      account.open();
      account.deposit(5);
      account.close();
      account.open();
      assertThat(account.balance()).isZero();
    }
  }
}

package org.mcuq.policy.validation;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.mcuq.policy.PolicyPackage.Literals;
import org.mcuq.policy.Target;

/** Target rules: budgets are 0 (unlimited) or positive. */
final class TargetRules {

  private TargetRules() {
  }

  static boolean checkBudgets(Target target, DiagnosticChain diagnostics) {
    return checkBudget(target, Literals.TARGET__RAM_BUDGET_BYTES, target.getRamBudgetBytes(), "bytes of RAM", diagnostics)
        & checkBudget(target, Literals.TARGET__FLASH_BUDGET_BYTES, target.getFlashBudgetBytes(), "bytes of flash", diagnostics)
        & checkBudget(target, Literals.TARGET__LATENCY_BUDGET_CYCLES, target.getLatencyBudgetCycles(),
            "cycles per inference", diagnostics);
  }

  private static boolean checkBudget(Target target, EAttribute field, long value, String unit, DiagnosticChain diagnostics) {
    if (value >= 0) {
      return true;
    }
    return Problems.report(diagnostics, PolicyValidator.NEGATIVE_BUDGET,
        "Target" + (target.getBoard() == null ? "" : " '" + target.getBoard() + "'") + ": " + field.getName() + " is "
            + value + ", but a budget cannot be negative. Set it to 0 for unlimited or to the available " + unit + ".",
        target, field);
  }
}

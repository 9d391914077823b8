package io.plugboard.application.port.in;

import io.plugboard.domain.Instance;
import java.util.List;

public interface ListInstancesUseCase {
  List<Instance> listInstances(Caller caller, InstanceQuery query);
}

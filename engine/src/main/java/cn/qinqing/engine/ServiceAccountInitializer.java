package cn.qinqing.engine;

import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates (or re-keys) the service account the QinQing backend and workers use against /engine-rest.
 * Its password comes from configuration only, so no well-known secret ships with the engine.
 */
@Component
public class ServiceAccountInitializer implements ApplicationRunner {
  static final String SERVICE_GROUP = "qinqing-service";

  private final IdentityService identityService;
  private final String userId;
  private final String password;

  public ServiceAccountInitializer(
      IdentityService identityService,
      @Value("${qinqing.service-account.id}") String userId,
      @Value("${qinqing.service-account.password}") String password) {
    if (password == null || password.isBlank()) {
      throw new IllegalStateException("qinqing.service-account.password (QQ_ENGINE_PASSWORD) must be set");
    }
    this.identityService = identityService;
    this.userId = userId;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (identityService.createGroupQuery().groupId(SERVICE_GROUP).count() == 0) {
      Group group = identityService.newGroup(SERVICE_GROUP);
      group.setName("QinQing service accounts");
      group.setType("SYSTEM");
      identityService.saveGroup(group);
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      user = identityService.newUser(userId);
      user.setFirstName("QinQing");
      user.setLastName("Service");
    }
    user.setPassword(password);
    identityService.saveUser(user);
    if (identityService.createUserQuery().userId(userId).memberOfGroup(SERVICE_GROUP).count() == 0) {
      identityService.createMembership(userId, SERVICE_GROUP);
    }
  }
}
